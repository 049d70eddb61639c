// Figures as people read them: shares as percentages with one decimal, mean runs with three,
// rounded to nearest. The JSON keeps full precision; these are for reading.
import type { TargetResult } from "../targets.js";
import type { MetricDefinition } from "../definitions.js";

type Shown = Pick<MetricDefinition, "unit">;

/**
 * `62.3%`, `0.417`, `—` when there is no value. A value that is not exactly 0 or 1 never shows as
 * 0.0% or 100.0% (nor 0.000 runs): "100%" in a report is read as "all of them".
 */
export function formatValue(metric: Shown, value: number | null, decimals = 1): string {
  if (value === null) return "—";
  const percent = metric.unit === "percent";
  const places = percent ? decimals : decimals + 2;
  const scaled = percent ? value * 100 : value;
  const step = 10 ** -places;
  let shown = Number(scaled.toFixed(places));
  if (shown === 0 && scaled !== 0) shown = scaled > 0 ? step : -step;
  if (percent && shown === 100 && value !== 1) shown = value > 1 ? 100 + step : 100 - step;
  const text = shown.toFixed(places);
  return percent ? `${text}%` : text;
}

/**
 * A value next to its target, with as many more decimals as it takes to show which side of the
 * target it is on (59.996% against ≥ 60% prints 59.996%, not 60.0%).
 */
export function formatValueAgainst(metric: Shown, target: TargetResult): string {
  if (target.value === null) return formatValue(metric, null);
  const factor = metric.unit === "percent" ? 100 : 1;
  for (let decimals = 1; decimals <= 8; decimals++) {
    const text = formatValue(metric, target.value, decimals);
    const shown = Number(text.replace("%", "")) / factor;
    const looksMet = target.op === ">=" ? shown >= target.target : shown <= target.target;
    if (looksMet === target.met) return text;
  }
  return formatValue(metric, target.value, 8);
}

/** A target as written in a policy: `≥ 60%`, `≤ 0.1`. */
export function formatTarget(metric: Shown, target: Pick<TargetResult, "op" | "target">): string {
  const sign = target.op === ">=" ? "≥" : "≤";
  const amount = metric.unit === "percent" ? `${Number((target.target * 100).toFixed(4))}%` : String(target.target);
  return `${sign} ${amount}`;
}
