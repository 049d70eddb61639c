// From a lint run to annotations: the findings of workbook and CSV inputs that name a cell, with
// their words rendered in the output language, grouped by the workbook they belong to.
import { fixValueText } from "../fix/fix-text.js";
import type { FileResult, Finding } from "../engine/result.js";
import { ANNOTATE_WORDS } from "../i18n/annotate-words.js";
import { COMMON_WORDS } from "../i18n/common-words.js";
import { findingMessage } from "../i18n/finding-message.js";
import type { Lang } from "../i18n/localized.js";
import { renderText } from "../i18n/render.js";
import { findRule } from "../rules/registry.js";
import type { ValueFix } from "../vocabulary.js";
import type { Annotation } from "./annotation.js";

/** The part of an imported finding's cell (src/import/table.ts `CellPlace`) an annotation needs. */
interface CellPlaceLike {
  sheet?: string;
  cell?: string;
}

/**
 * Annotations per workbook (`FileResult.filePath`, absolute), in the order of the results. Findings
 * without a cell (YAML files, JSON inputs, whole-file problems) have no cell to mark and are left out;
 * suppressed and baselined findings too, as they are out of the run's verdict.
 */
export function annotationsOfResults(results: readonly FileResult[], lang: Lang): Map<string, Annotation[]> {
  const byWorkbook = new Map<string, Annotation[]>();
  for (const result of results) {
    for (const finding of result.findings) {
      const place = (finding as { cell?: CellPlaceLike }).cell;
      if (!place?.cell) continue;
      const list = byWorkbook.get(result.filePath) ?? [];
      byWorkbook.set(result.filePath, list);
      list.push(annotationOf(finding, place, result.itemCode, lang));
    }
  }
  return byWorkbook;
}

function annotationOf(finding: Finding, place: CellPlaceLike, fileItemCode: string | undefined, lang: Lang): Annotation {
  const rule = findRule(finding.ruleId);
  const title = (rule?.title ?? rule?.description)?.[lang];
  const itemCode = finding.itemCode ?? fileItemCode;
  return {
    ...(place.sheet !== undefined ? { sheet: place.sheet } : {}),
    cell: place.cell!,
    severity: finding.severity,
    ruleId: finding.ruleId,
    ...(title ? { title } : {}),
    message: findingMessage(finding, lang),
    ...(finding.fix ? { fix: fixText(finding.fix, lang) } : {}),
    ...(itemCode ? { itemCode } : {}),
  };
}

/** What the fixer would write, as an instruction: `改为“20”`, `清空该值`. */
function fixText(fix: ValueFix, lang: Lang): string {
  if (fix.value === null) return ANNOTATE_WORDS.clearValue[lang];
  const value = typeof fix.value === "boolean" ? (fix.value ? COMMON_WORDS.yes : COMMON_WORDS.no)[lang] : fixValueText(fix.value);
  return renderText(ANNOTATE_WORDS.changeTo, { value }, lang);
}
