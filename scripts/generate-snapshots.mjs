// Channel snapshots for a generated catalog (scripts/generate-catalog.mjs), in the four layouts the
// platforms export, for benchmarks and scale tests of the same-source pass:
//   pc      a folder, one YAML record per item
//   mobile  one YAML file holding a list
//   window  a folder with one YAML list per region
//   kiosk   one JSON file holding a list
// Every item appears on every channel; `mismatchRate` of the records change one field (the name's
// brackets, the promised limit or the phone), so the run has real mismatches to place.
// Usage: node scripts/generate-snapshots.mjs <catalogDir> <outDir> [--seed S] [--mismatch-rate R]
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { dump, load } from "js-yaml";
import { mulberry32 } from "./generate-catalog.mjs";

export const CHANNELS = ["pc", "mobile", "window", "kiosk"];

function itemFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...itemFiles(full));
    else if (name.endsWith(".yaml")) out.push(full);
  }
  return out;
}

/** What a channel shows of a master record (the channels show less than the master holds). */
function shown(record, channel) {
  const base = { code: record.code, name: record.name, timeLimit: record.timeLimit, phone: record.phone };
  if (channel === "window" || channel === "kiosk") return { ...base, address: (record.address ?? []).map((a) => a.place) };
  return {
    ...base,
    department: record.department,
    legalBasis: record.legalBasis?.map((b) => ({ law: b.law, article: b.article })),
    materials: record.materials?.map((m) => ({ name: m.name, media: m.media, copies: m.copies })),
    address: record.address,
    processing: record.processing,
    runs: record.runs,
    onlineDepth: record.onlineDepth,
    fee: record.fee,
  };
}

function mismatch(record, rnd) {
  const pick = rnd();
  if (pick < 1 / 3) return { ...record, name: record.name.replace("（", "(").replace("）", ")") + (record.name.includes("（") ? "" : "(新)") };
  if (pick < 2 / 3 && record.timeLimit?.promised)
    return { ...record, timeLimit: { ...record.timeLimit, promised: { ...record.timeLimit.promised, value: record.timeLimit.promised.value + 1 } } };
  return { ...record, phone: "0000-0000000" };
}

export function generateSnapshots({ catalogDir, outDir, seed = 1, mismatchRate = 0.01 }) {
  const rnd = mulberry32(seed);
  const masters = itemFiles(catalogDir).map((file) => load(readFileSync(file, "utf8")));
  const byChannel = Object.fromEntries(CHANNELS.map((c) => [c, masters.map((m) => (rnd() < mismatchRate ? mismatch(shown(m, c), rnd) : shown(m, c)))]));
  const yaml = (value) => dump(value, { lineWidth: -1, noRefs: true });
  const locations = {};

  const pc = path.join(outDir, "pc");
  mkdirSync(pc, { recursive: true });
  for (const record of byChannel.pc) writeFileSync(path.join(pc, `${record.code}.yaml`), yaml(record));
  locations.pc = pc;

  locations.mobile = path.join(outDir, "mobile.yaml");
  writeFileSync(locations.mobile, yaml(byChannel.mobile));

  const window = path.join(outDir, "window");
  mkdirSync(window, { recursive: true });
  const byRegion = new Map();
  byChannel.window.forEach((record, i) => {
    const region = String(masters[i].region ?? "other");
    byRegion.set(region, [...(byRegion.get(region) ?? []), record]);
  });
  for (const [region, records] of byRegion) writeFileSync(path.join(window, `${region}.yaml`), yaml(records));
  locations.window = window;

  locations.kiosk = path.join(outDir, "kiosk.json");
  writeFileSync(locations.kiosk, `${JSON.stringify(byChannel.kiosk)}\n`);
  return locations;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [catalogDir, outDir] = process.argv.slice(2);
  if (!catalogDir || !outDir) {
    console.error("usage: node scripts/generate-snapshots.mjs <catalogDir> <outDir> [--seed S] [--mismatch-rate R]");
    process.exit(2);
  }
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const started = performance.now();
  const locations = generateSnapshots({ catalogDir, outDir, seed: arg("seed", 1), mismatchRate: arg("mismatch-rate", 0.01) });
  console.log(`generate-snapshots: ${Object.keys(locations).join(", ")} in ${outDir}, ${(performance.now() - started).toFixed(0)} ms`);
  for (const [id, location] of Object.entries(locations)) console.log(`  --channel ${id}=${location}`);
}
