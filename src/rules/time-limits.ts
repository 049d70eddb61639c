// What the time-limit rules share: reading a limit from a record that may break the schema,
// and naming a duration in both languages.
import type { LocalizedText } from "../i18n/localized.js";
import { formatDuration, type Duration } from "../time/duration.js";
import type { TimeUnit } from "../vocabulary.js";
import { asNumber, asRecord } from "./access.js";

export type LimitKind = "legal" | "promised";
export const LIMIT_KINDS: readonly LimitKind[] = ["legal", "promised"];

const TIME_UNITS: Record<TimeUnit, true> = { "working-day": true, "natural-day": true, hour: true, minute: true };

/**
 * `timeLimit.legal` / `timeLimit.promised` as a duration, or undefined when it is absent, null
 * (no legal limit) or malformed — the schema reports a malformed one, and the time-limit rules
 * stay silent rather than guess.
 */
export function readLimit(item: Record<string, unknown>, kind: LimitKind): Duration | undefined {
  return readDurationNode(asRecord(item.timeLimit)?.[kind]);
}

/** A `{ value, unit }` node of the schema (a limit, a process step's limit) as a duration; undefined when malformed. */
export function readDurationNode(node: unknown): Duration | undefined {
  const limit = asRecord(node);
  const value = asNumber(limit?.value);
  const unit = limit?.unit;
  if (value === undefined || value < 0 || typeof unit !== "string" || !Object.hasOwn(TIME_UNITS, unit)) return undefined;
  return { value, unit: unit as TimeUnit };
}

/** A duration in words, in both languages: `20个工作日` / `20 working days`. */
export function durationText(d: Duration): LocalizedText {
  return { en: formatDuration(d, "en"), "zh-CN": formatDuration(d, "zh-CN") };
}

// Converted lengths in floating point (7 natural days × 5/7) may miss by an ulp; equal is not longer.
export const EPSILON = 1e-9;
