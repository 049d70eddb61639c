// GitHub Actions workflow commands (docs/ci-formats.md): `::error file=…,line=…::message`.
// GitHub shows only 10 annotations per level per step, so at most 10 errors then 10 warnings are
// printed, errors first, and one notice says how many more the job summary lists (the CLI writes
// the full table to $GITHUB_STEP_SUMMARY; see src/cli/step-summary.ts).
import type { Finding } from "../engine/result.js";
import { findingMessage } from "../i18n/finding-message.js";
import { OUTPUT_WORDS } from "../i18n/output-words.js";
import { renderText } from "../i18n/render.js";
import { terminalSafe } from "../text/visible-controls.js";
import { withCell } from "../engine/cell-label.js";
import type { Lang } from "../i18n/localized.js";
import { ruleLabel } from "./rule-names.js";
import type { Formatter } from "./types.js";

/** Annotations GitHub displays per level and step. */
export const GITHUB_MAX_PER_LEVEL = 10;

/** The Actions toolkit's escaping of a command's message. */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** The toolkit's escaping of a property value: also `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

function annotation(file: string, f: Finding, message: string, lang: Lang): string {
  // The annotation's heading: the rule id, under zh-CN after its title (申请材料含兜底表述 materials-vague).
  const title = ruleLabel(f.ruleId, lang);
  const command = f.severity === "error" ? "error" : "warning";
  // A workbook has no lines GitHub could show: the annotation names the file, the message the cell.
  const props: [string, string | number][] = f.cell
    ? [
        ["file", file],
        ["title", title],
      ]
    : [
        ["file", file],
        ["line", f.line],
        ["endLine", f.endLine],
        ["col", f.column],
        ["endColumn", f.endColumn],
        ["title", title],
      ];
  return `::${command} ${props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",")}::${escapeData(message)}`;
}

export const github: Formatter = (result, { lang, stepSummary }) => {
  const all = result.results.flatMap((r) => r.findings.map((finding) => ({ file: r.file, finding })));
  const errors = all.filter((x) => x.finding.severity === "error");
  const warnings = all.filter((x) => x.finding.severity !== "error");
  const shown = [...errors.slice(0, GITHUB_MAX_PER_LEVEL), ...warnings.slice(0, GITHUB_MAX_PER_LEVEL)];
  // The Actions log renders ANSI escapes: control characters quoted from the catalog are shown
  // escaped in the message. The file property stays as it is, so the annotation finds its file.
  const lines = shown.map(({ file, finding }) => annotation(file, finding, terminalSafe(withCell(finding, findingMessage(finding, lang))), lang));
  const more = all.length - shown.length;
  if (more > 0) {
    // "See the job summary" only when there is one: outside Actions, or without the summary file, say how to see them all.
    const text = renderText(stepSummary ? OUTPUT_WORDS.githubMore : OUTPUT_WORDS.githubMoreNoSummary, { more }, lang);
    lines.push(`::notice::${escapeData(text)}`);
  }
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
};
