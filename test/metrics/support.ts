// Small hand-written records for the metrics tests: the clean base item with a few fields changed.
import { readFileSync } from "node:fs";
import path from "node:path";
import { CORE_SCHEMA, load } from "js-yaml";

const ROOT = path.resolve(import.meta.dirname, "../..");
const BASE = load(readFileSync(path.join(ROOT, "fixtures/base-item.yaml"), "utf8"), { schema: CORE_SCHEMA }) as Record<string, unknown>;

type Limit = { value: number; unit: string } | null;

export interface ItemChanges {
  legal?: Limit;
  promised?: { value: number; unit: string };
  department?: string;
  region?: string;
  level?: string;
  type?: string;
  subjects?: string[];
  runs?: number;
  onlineDepth?: number;
  processing?: string;
  volume?: number | null;
  materials?: Array<{ eLicense: boolean; media: string }>;
}

/** The base item (20 → 5 working days, legal-person, runs 0, depth 4, volume 1250) with changes. */
export function item(changes: ItemChanges = {}): Record<string, unknown> {
  const record = structuredClone(BASE);
  const timeLimit = record.timeLimit as Record<string, unknown>;
  if (changes.legal !== undefined) timeLimit.legal = changes.legal;
  if (changes.promised) timeLimit.promised = changes.promised;
  for (const key of ["department", "region", "level", "type", "subjects", "runs", "onlineDepth", "processing"] as const) {
    if (changes[key] !== undefined) record[key] = changes[key];
  }
  if (changes.runs) record.onSiteReason = "需现场核验原件";
  if (changes.volume === null) delete record.volume;
  else if (changes.volume !== undefined) record.volume = changes.volume;
  if (changes.materials) {
    record.materials = changes.materials.map((m, i) => ({
      name: `材料${i + 1}`,
      form: "original",
      media: m.media,
      copies: 1,
      necessity: "required",
      source: m.eLicense ? "government" : "applicant",
      eLicense: m.eLicense,
    }));
  }
  return record;
}

export const wd = (value: number) => ({ value, unit: "working-day" });
