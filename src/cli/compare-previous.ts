// `--compare <previous>`: which previous period is meant, and its figures (and, from a git ref,
// its findings). An existing file is a saved `metrics --format json`; otherwise a ref of the
// catalog's repository, whose files are checked out to a temporary folder and run through the
// same pass as today's; anything else is exit 2 naming both forms.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { UsageError } from "../errors.js";
import type { MetricsReport } from "../metrics/aggregate.js";
import type { PreviousSource } from "../metrics/compare.js";
import { METRICS } from "../metrics/definitions.js";
import { readRequiredSource } from "../source/read-required.js";
import type { MessageValue } from "../vocabulary.js";
import { checkoutToTemp, type GitRef, resolveGitRef } from "./compare-git.js";

export type PreviousPeriod = { kind: "file"; filePath: string; shown: string } | { kind: "git"; at: GitRef };

export function resolvePrevious(cwd: string, value: string): PreviousPeriod {
  const filePath = path.resolve(cwd, value);
  if (value !== "" && existsSync(filePath) && statSync(filePath).isFile()) return { kind: "file", filePath, shown: value };
  const at = resolveGitRef(cwd, value);
  if (at) return { kind: "git", at };
  throw new UsageError("compareNotFound", { value });
}

export function sourceOf(previous: PreviousPeriod): PreviousSource {
  return previous.kind === "file"
    ? { source: "file", file: previous.shown, version: "" }
    : { source: "git", ref: previous.at.ref, revision: previous.at.revision, ...(previous.at.date ? { asOf: previous.at.date } : {}) };
}

/** A saved `metrics --format json`, checked for what a comparison reads: items, overall figures, groups. */
export function readSavedMetrics(filePath: string, shown: string): MetricsReport {
  const fail = (detail: MessageValue) => new UsageError("compareUnreadable", { file: shown, detail });
  const { text } = readRequiredSource(filePath, fail);
  let data: Partial<MetricsReport>;
  try {
    data = JSON.parse(text) as Partial<MetricsReport>;
  } catch (error) {
    throw fail((error as Error).message);
  }
  const isFigure = (f: unknown) =>
    typeof f === "object" && f !== null && ((f as { value: unknown }).value === null || typeof (f as { value: unknown }).value === "number");
  const hasFigures = (figures: unknown) =>
    typeof figures === "object" && figures !== null && METRICS.every((m) => isFigure((figures as Record<string, unknown>)[m.id]));
  if (typeof data !== "object" || data === null || typeof data.items !== "number" || !hasFigures(data.overall)) {
    throw fail({
      en: "expected the JSON of guidelint metrics --format json (items, overall with every figure)",
      "zh-CN": "应为 guidelint metrics --format json 的输出（含 items 及 overall 的全部指标）",
    });
  }
  const groups: MetricsReport["groups"] = {};
  for (const [dimension, byGroup] of Object.entries(data.groups ?? {})) {
    if (typeof byGroup !== "object" || byGroup === null || !Object.values(byGroup).every(hasFigures)) {
      throw fail({ en: `groups.${dimension}: every group needs every figure`, "zh-CN": `groups.${dimension}：每个分组都应有全部指标` });
    }
    groups[dimension as keyof MetricsReport["groups"]] = byGroup;
  }
  return {
    version: typeof data.version === "string" ? data.version : "",
    items: data.items,
    skipped: data.skipped ?? { count: 0, files: [] },
    overall: data.overall!,
    groups,
    targets: Array.isArray(data.targets) ? data.targets : [],
  };
}

/** What a run names by path, moved into the checkout: an absolute path inside the repository points at its copy. */
export interface CheckoutPaths {
  cwd: string;
  map: (value: string) => string;
}

/** Runs `fn` on the catalog at the ref, checked out to a temporary folder that is removed afterwards. */
export async function atGitRef<T extends { embeddedCatalog?: string }>(
  at: GitRef,
  current: { embeddedCatalog?: string },
  fn: (checkout: CheckoutPaths) => Promise<T>,
): Promise<T> {
  let checkout: Awaited<ReturnType<typeof checkoutToTemp>>;
  try {
    checkout = await checkoutToTemp(at);
  } catch (error) {
    throw new UsageError("compareCheckoutFailed", { ref: at.ref, detail: (error as Error).message });
  }
  const map = (value: string) => {
    if (!path.isAbsolute(value)) return value;
    const inside = path.relative(at.top, value);
    return inside.startsWith("..") || path.isAbsolute(inside) ? value : path.join(checkout.root, inside);
  };
  try {
    const result = await fn({ cwd: checkout.cwd, map });
    // Without a catalog in the checkout the pass would measure guidelint's own sample catalog:
    // a comparison with that is no comparison.
    if (result.embeddedCatalog && !current.embeddedCatalog) throw new UsageError("compareNoCatalogAtRef", { ref: at.ref });
    return result;
  } finally {
    checkout.dispose();
  }
}
