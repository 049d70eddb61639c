// Charts as inline SVG, generated here: no library, no script, nothing fetched.
import { escapeHtml } from "./escape.js";
import type { ReportTarget } from "./model.js";

const COLOURS = { met: "#2e7d32", missed: "#c62828", none: "#1565c0", target: "#212121", track: "#eeeeee", text: "#212121" };

type Status = "met" | "missed" | "none";

/** The end of a bar's scale: 100 % for shares, a little past the largest value or target for a number. */
function scaleMax(unit: "percent" | "number", values: ReadonlyArray<number | null>, targets: readonly ReportTarget[]): number {
  if (unit === "percent") return 1;
  const top = Math.max(0, ...values.map((v) => v ?? 0), ...targets.map((t) => t.target));
  // Runs and the like: at least 1 on the scale, so 0.2 runs does not fill the bar.
  return Math.max(1, top * 1.15);
}

const clamp = (x: number) => Math.max(0, Math.min(1, x));
const px = (x: number) => Number(x.toFixed(1));

/** One metric's bar with its target lines: a small chart for a table cell. */
export function metricBar(options: {
  value: number | null;
  unit: "percent" | "number";
  targets: readonly ReportTarget[];
  status: Status;
  label: string;
}): string {
  const width = 240;
  const height = 22;
  const max = scaleMax(options.unit, [options.value], options.targets);
  const bar = options.value === null ? 0 : clamp(options.value / max) * width;
  const lines = options.targets
    .map((t) => {
      const x = px(clamp(t.target / max) * (width - 2) + 1);
      return `<line class="target" x1="${x}" y1="1" x2="${x}" y2="${height - 1}" stroke="${COLOURS.target}" stroke-width="2"/>`;
    })
    .join("");
  return (
    `<svg class="bar" role="img" aria-label="${escapeHtml(options.label)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect x="0" y="4" width="${width}" height="${height - 8}" fill="${COLOURS.track}"/>` +
    `<rect class="value" x="0" y="4" width="${px(bar)}" height="${height - 8}" fill="${COLOURS[options.status]}"/>` +
    `${lines}</svg>`
  );
}

export interface RankingBar {
  label: string;
  value: number | null;
  shown: string;
  status: Status;
}

// Text in SVG is not measured by the page: estimate it (CJK characters a full em, the rest ~0.6 em).
function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(ch) ? 1 : 0.6;
  return em * fontSize;
}

/** A horizontal bar chart ranking groups, best first, with the target as a dashed line. */
export function rankingChart(options: { bars: readonly RankingBar[]; unit: "percent" | "number"; targets: readonly ReportTarget[]; title: string }): string {
  const fontSize = 12;
  const rowHeight = 20;
  const labelWidth = Math.min(260, Math.max(60, ...options.bars.map((b) => textWidth(b.label, fontSize)))) + 8;
  const valueWidth = 64;
  const plotWidth = 360;
  const top = 6;
  const width = Math.ceil(labelWidth + plotWidth + valueWidth);
  const height = top * 2 + rowHeight * options.bars.length;
  const max = scaleMax(
    options.unit,
    options.bars.map((b) => b.value),
    options.targets,
  );
  const rows = options.bars
    .map((b, i) => {
      const y = top + i * rowHeight;
      const w = b.value === null ? 0 : clamp(b.value / max) * plotWidth;
      return (
        `<text x="${px(labelWidth - 6)}" y="${y + 14}" text-anchor="end" font-size="${fontSize}" fill="${COLOURS.text}">${escapeHtml(b.label)}</text>` +
        `<rect x="${px(labelWidth)}" y="${y + 3}" width="${plotWidth}" height="${rowHeight - 6}" fill="${COLOURS.track}"/>` +
        `<rect class="value" x="${px(labelWidth)}" y="${y + 3}" width="${px(w)}" height="${rowHeight - 6}" fill="${COLOURS[b.status]}"/>` +
        `<text x="${px(labelWidth + plotWidth + 6)}" y="${y + 14}" font-size="${fontSize}" fill="${COLOURS.text}">${escapeHtml(b.shown)}</text>`
      );
    })
    .join("");
  const lines = options.targets
    .map((t) => {
      const x = px(labelWidth + clamp(t.target / max) * plotWidth);
      return `<line class="target" x1="${x}" y1="${top - 4}" x2="${x}" y2="${height - top + 4}" stroke="${COLOURS.target}" stroke-width="1.5" stroke-dasharray="4 3"/>`;
    })
    .join("");
  return (
    `<svg class="ranking" role="img" aria-label="${escapeHtml(options.title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `${rows}${lines}</svg>`
  );
}
