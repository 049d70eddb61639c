// The words an annotation is shown with, in the output language: a note on the cell, a row of
// the findings sheet. Every text comes from src/i18n/annotate-words.ts.
import { ANNOTATE_WORDS } from "../i18n/annotate-words.js";
import type { Lang } from "../i18n/localized.js";
import { renderText } from "../i18n/render.js";
import type { Annotation } from "./annotation.js";

const SEVERITY = {
  error: ANNOTATE_WORDS.severityError,
  warning: ANNOTATE_WORDS.severityWarning,
  info: ANNOTATE_WORDS.severityInfo,
} as const;

/** Worst first: the order of a cell's findings in its note, and the severity that colours it. */
export const SEVERITY_RANK: Record<Annotation["severity"], number> = { error: 0, warning: 1, info: 2 };

export function severityWord(severity: Annotation["severity"], lang: Lang): string {
  return SEVERITY[severity][lang];
}

/** `time-limit-exceeds-legal（承诺时限不得超过法定时限）`, or the id alone when the title is unknown. */
export function ruleLabel(annotation: Annotation, lang: Lang): string {
  const rule = annotation.ruleId;
  return annotation.title ? renderText(ANNOTATE_WORDS.ruleWithTitle, { rule, title: annotation.title }, lang) : rule;
}

/** The note of a cell: each finding as heading, message and fix, worst first, a blank line between. */
export function noteText(annotations: readonly Annotation[], lang: Lang): string {
  return [...annotations]
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.ruleId.localeCompare(b.ruleId))
    .map((a) => {
      const lines = [renderText(ANNOTATE_WORDS.noteHeading, { severity: severityWord(a.severity, lang), rule: ruleLabel(a, lang) }, lang), a.message];
      if (a.fix) lines.push(renderText(ANNOTATE_WORDS.noteFix, { fix: a.fix }, lang));
      return lines.join("\n");
    })
    .join("\n\n");
}
