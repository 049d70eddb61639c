// A profile's targets checked against the overall figures: what `--profile` gates a CI job on.
import type { MetricFigures, MetricId } from "./definitions.js";
import type { Profile } from "../config/profiles/builtin.js";

export interface TargetResult {
  metric: MetricId;
  op: ">=" | "<=";
  target: number;
  /** The overall figure, full precision; null when it has no denominator. */
  value: number | null;
  met: boolean;
}

// Sums of floating-point shares can land an ulp below a round target (0.6 as 0.5999999999999999):
// that is the target, met. Anything further off is a real miss.
const TOLERANCE = 1e-9;

/**
 * One result per bound, in the profile's order. A figure with no value (nothing to divide by) does
 * not meet its target: an audit cannot certify what it has no items for.
 */
export function evaluateTargets(profile: Profile | undefined, overall: MetricFigures): TargetResult[] {
  if (!profile) return [];
  const results: TargetResult[] = [];
  for (const [metric, bounds] of Object.entries(profile.targets) as Array<[MetricId, { min?: number; max?: number }]>) {
    const value = overall[metric].value;
    if (bounds.min !== undefined) {
      results.push({ metric, op: ">=", target: bounds.min, value, met: value !== null && value >= bounds.min - TOLERANCE });
    }
    if (bounds.max !== undefined) {
      results.push({ metric, op: "<=", target: bounds.max, value, met: value !== null && value <= bounds.max + TOLERANCE });
    }
  }
  return results;
}
