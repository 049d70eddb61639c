// Policy profiles: the targets a policy document sets, keyed by metric id. The built-in ones are
// metrics.md's table, each named after the document that sets its targets.
import type { RuleEntry } from "../../vocabulary.js";
import type { MetricId } from "../../metrics/definitions.js";

/** A bound on one figure: at least `min`, at most `max` (shares and compression as 0–1). */
export interface TargetBounds {
  min?: number;
  max?: number;
}

export interface Profile {
  name: string;
  /** The policy document the targets come from. */
  document: string;
  /** Targets in the order the document (or the profile file) gives them. */
  targets: Partial<Record<MetricId, TargetBounds>>;
  /** Rules the profile turns on or sets up, as in a config's `rules`; the config's own settings win. */
  rules?: Record<string, RuleEntry>;
  /** Channels whose snapshots the audit expects (同源发布渠道). */
  channels?: string[];
  /** The profile file, for a user profile. */
  file?: string;
}

// Shares are 0–1: "= 100 %" is min 1, since a share cannot exceed it. The Henan document's
// "depth ≥ 3 share" and "depth 4 share" are the figures onlineAvailable (onlineDepth ≥ 3) and
// fullyOnline (onlineDepth = 4) of metrics.md, which defines both the same way.
export const BUILTIN_PROFILES: readonly Profile[] = [
  {
    name: "sichuan-pengxi-2021",
    document: "蓬府办函〔2021〕6号 (蓬溪县“一网通办”能力提升攻坚行动方案)",
    targets: {
      onlineAvailable: { min: 1 },
      atMostOneRun: { min: 0.95 },
      fullyOnline: { min: 0.85 },
      meanCompression: { min: 0.6 },
    },
  },
  {
    name: "henan-pingdingshan-2021",
    document: "平顶山市一体化政务服务能力提升实施方案 (2021-11-04)",
    targets: {
      compressionNaturalPerson: { min: 0.75 },
      compressionLegalPerson: { min: 0.7 },
      meanRuns: { max: 0.1 },
      immediate: { min: 0.4 },
      onlineAvailable: { min: 0.99 },
      fullyOnline: { min: 0.9 },
    },
  },
  {
    name: "chengdu-2018",
    document: "成都市加快推进“互联网+政务服务”工作方案",
    targets: { atMostOneRun: { min: 0.8 } },
  },
  {
    name: "gansu-huating-2023",
    document: "华政办发〔2023〕58号",
    targets: { onlineAvailable: { min: 0.99 } },
  },
];

export function findBuiltinProfile(name: string): Profile | undefined {
  return BUILTIN_PROFILES.find((p) => p.name === name);
}
