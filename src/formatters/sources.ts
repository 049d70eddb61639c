// `guidelint sources`: every field a channel shows differently from the master record, per item
// and channel, with both values, a character diff and where each one stands.
import type { Finding, LintResult, RelatedLocation } from "../engine/result.js";
import { findingMessage } from "../i18n/finding-message.js";
import { isLocalizedText, type Lang } from "../i18n/localized.js";
import { OUTPUT_WORDS as WORDS } from "../i18n/output-words.js";
import { renderText } from "../i18n/render.js";
import { charDiff } from "../text/char-diff.js";
import { terminalSafe } from "../text/visible-controls.js";
import type { FormatContext, TextStyle } from "./types.js";

interface SourceRow {
  file: string;
  finding: Finding;
}

function rows(result: LintResult): SourceRow[] {
  return result.results.flatMap((r) => r.findings.filter((f) => f.ruleId.startsWith("same-source-")).map((finding) => ({ file: r.file, finding })));
}

function text(value: unknown, lang: Lang): string {
  return isLocalizedText(value) ? value[lang] : value === undefined ? "" : String(value);
}

/** The diff of the raw values, each part escaped before it is coloured (the escapes are not diffed). */
function coloured(from: string, to: string, style: TextStyle): string {
  return charDiff(from, to)
    .map((p) => ({ kind: p.kind, text: terminalSafe(p.text) }))
    .map((p) => (p.kind === "removed" ? style.error(`[-${p.text}-]`) : p.kind === "added" ? style.warning(`{+${p.text}+}`) : p.text))
    .join("");
}

const at = (file: string, l: { line: number; column: number }) => `${terminalSafe(file)}:${l.line}:${l.column}`;

/**
 * For people at a terminal. Codes, channels, fields, file names and both values come from the
 * catalog and its snapshots: control characters in them are shown escaped (text/visible-controls.ts).
 */
export function sourcesText(result: LintResult, { lang, style }: FormatContext): string {
  const all = rows(result);
  if (all.length === 0) return `${WORDS.sourcesClean[lang]}\n`;
  const byItem = new Map<string, SourceRow[]>();
  for (const row of all) {
    const key = `${row.finding.itemCode ?? ""}\u0000${row.finding.channel ?? ""}`;
    byItem.set(key, [...(byItem.get(key) ?? []), row]);
  }
  const lines: string[] = [];
  for (const group of byItem.values()) {
    const { itemCode, channel } = group[0].finding;
    lines.push("", style.bold(terminalSafe(`${itemCode ?? "?"}  ${channel ?? ""}`)));
    for (const { file, finding } of group) {
      const master = finding.related?.[0];
      lines.push(
        `  ${style.underline(terminalSafe(finding.field ?? finding.ruleId))}  ${style.dim(at(file, finding))}${master ? style.dim(`  ⟷  ${at(master.file, master)}`) : ""}`,
      );
      if (finding.ruleId === "same-source-mismatch") {
        const from = text(finding.data.master, lang);
        const to = text(finding.data.shown, lang);
        lines.push(
          `    ${WORDS.sourcesMaster[lang]}  ${terminalSafe(from)}`,
          `    ${WORDS.sourcesChannel[lang]}  ${terminalSafe(to)}`,
          `    ${WORDS.sourcesDiff[lang]}  ${coloured(from, to, style)}`,
        );
      } else {
        lines.push(`    ${terminalSafe(findingMessage(finding, lang))}`);
      }
    }
  }
  const items = new Set(all.map((r) => r.finding.itemCode)).size;
  lines.push("", style.bold(renderText(WORDS.sourcesSummary, { count: all.length, items }, lang)));
  return `${lines.join("\n")}\n`;
}

/** JSON: one entry per differing field, with both values and both positions. */
export function sourcesJson(result: LintResult, { lang, version }: FormatContext): string {
  const place = (file: string, l: RelatedLocation | Finding) => ({ file, line: l.line, column: l.column, endLine: l.endLine, endColumn: l.endColumn });
  const entries = rows(result).map(({ file, finding }) => ({
    ruleId: finding.ruleId,
    severity: finding.severity,
    itemCode: finding.itemCode,
    channel: finding.channel,
    field: finding.field,
    master: finding.data.master === undefined ? undefined : text(finding.data.master, lang),
    channelValue: finding.data.shown === undefined ? undefined : text(finding.data.shown, lang),
    message: findingMessage(finding, lang),
    channelAt: place(file, finding),
    masterAt: finding.related?.[0] ? place(finding.related[0].file, finding.related[0]) : undefined,
  }));
  return `${JSON.stringify({ version, differences: entries, summary: { differences: entries.length } }, null, 2)}\n`;
}
