// How a change since the previous period reads, in both languages: shares in percentage points
// (比上期提升 2.3 个百分点, "+2.3 pp"), mean runs as a plain difference, ranks as ↑2 / ↓1 / — / 新.
import type { Lang, LocalizedText } from "../i18n/localized.js";
import { renderText } from "../i18n/render.js";
import type { FigureChange, PreviousSource, RankMove } from "./compare.js";
import { findMetric } from "./definitions.js";
import { formatValue } from "./format/numbers.js";

export const COMPARE_WORDS = {
  heading: { en: "Compared with the previous period", "zh-CN": "与上期比较" },
  previous: { en: "Previous", "zh-CN": "上期" },
  change: { en: "Change", "zh-CN": "变化" },
  movement: { en: "Move", "zh-CN": "名次变化" },
  previousRank: { en: "Previous rank", "zh-CN": "上期名次" },
  sinceRef: {
    en: "Previous period: the catalog at {{ref}} (revision {{revision}}{{asOf}}), {{items}} items",
    "zh-CN": "上期：目录 {{ref}}（版本 {{revision}}{{asOf}}），{{items}} 个事项",
  },
  asOfPart: { en: ", as of {{date}}", "zh-CN": "，统计截至 {{date}}" },
  sinceFile: {
    en: "Previous period: the saved figures {{file}} (guidelint {{version}}), {{items}} items",
    "zh-CN": "上期：保存的指标文件 {{file}}（guidelint {{version}}），{{items}} 个事项",
  },
  pointsUp: { en: "+{{amount}} pp", "zh-CN": "比上期提升 {{amount}} 个百分点" },
  pointsDown: { en: "−{{amount}} pp", "zh-CN": "比上期下降 {{amount}} 个百分点" },
  numberUp: { en: "+{{amount}}", "zh-CN": "比上期增加 {{amount}}" },
  numberDown: { en: "−{{amount}}", "zh-CN": "比上期减少 {{amount}}" },
  same: { en: "unchanged", "zh-CN": "与上期持平" },
  unknown: { en: "no figure to compare", "zh-CN": "无可比数据" },
  newGroup: { en: "new", "zh-CN": "新" },
  gone: { en: "Ranked last period, no items now: {{groups}}", "zh-CN": "上期参与排名、本期无事项：{{groups}}" },
} satisfies Record<string, LocalizedText>;

/** `+2.3 pp` / `比上期提升 2.3 个百分点`; `−0.120` / `比上期减少 0.120` for mean runs. */
export function changeText(change: FigureChange, lang: Lang): string {
  if (change.direction === "unknown" || change.change === null) return renderText(COMPARE_WORDS.unknown, {}, lang);
  if (change.direction === "same") return renderText(COMPARE_WORDS.same, {}, lang);
  const metric = findMetric(change.id)!;
  // formatValue never shows a change that is not 0 as 0.0 (nor 0.000).
  const amount = formatValue(metric, Math.abs(change.change)).replace("%", "");
  const up = change.direction === "up";
  const words = metric.unit === "percent" ? (up ? COMPARE_WORDS.pointsUp : COMPARE_WORDS.pointsDown) : up ? COMPARE_WORDS.numberUp : COMPARE_WORDS.numberDown;
  return renderText(words, { amount }, lang);
}

/** `↑2`, `↓1`, `—` (same rank), `新` / `new` (not ranked last period). */
export function movementText(move: Pick<RankMove, "movement">, lang: Lang): string {
  if (move.movement === undefined) return renderText(COMPARE_WORDS.newGroup, {}, lang);
  if (move.movement === 0) return "—";
  return move.movement > 0 ? `↑${move.movement}` : `↓${-move.movement}`;
}

/** The line that says what the figures are compared with. */
export function previousText(previous: PreviousSource & { items: number }, lang: Lang): string {
  if (previous.source === "file")
    return renderText(COMPARE_WORDS.sinceFile, { file: previous.file, version: previous.version || "?", items: previous.items }, lang);
  const asOf = previous.asOf ? renderText(COMPARE_WORDS.asOfPart, { date: previous.asOf }, lang) : "";
  return renderText(COMPARE_WORDS.sinceRef, { ref: previous.ref, revision: previous.revision, asOf, items: previous.items }, lang);
}
