import { formatPath } from "../i18n/field-labels.js";
import { findingMessage } from "../i18n/finding-message.js";
import type { Formatter } from "./types.js";

/** For tools: the shape cli.md defines; positions 1-based, paths relative with forward slashes. */
export const json: Formatter = (result, { lang, version }) => {
  const output = {
    version,
    results: result.results.map((file) => ({
      file: file.file,
      ...(file.itemCode ? { itemCode: file.itemCode } : {}),
      findings: file.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: findingMessage(f, lang),
        messageId: f.messageId,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        path: formatPath(f.path),
        ...(f.itemCode ? { itemCode: f.itemCode } : {}),
        ...(f.channel ? { channel: f.channel } : {}),
        ...(f.field ? { field: f.field } : {}),
        ...(f.related ? { related: f.related.map((r) => ({ ...r, path: r.path ? formatPath(r.path) : undefined })) } : {}),
        ...(f.fix ? { fix: f.fix } : {}),
      })),
    })),
    summary: result.summary,
  };
  return `${JSON.stringify(output, null, 2)}\n`;
};
