import { readFile } from "node:fs/promises";
import path from "node:path";
import type { FileSettings } from "./settings.js";
import { lintSource } from "./lint-source.js";
import type { FileResult, LintResult, LintSummary, ToolError } from "./types.js";

export interface LintFilesOptions {
  cwd: string;
  settingsFor: (filePath: string) => FileSettings;
  /** Called after each file, for progress display. */
  onFile?: (done: number, total: number) => void;
}

// Reads overlap with parsing: a small window of files is read ahead while one is linted.
const READ_AHEAD = 32;

/** Lint the files in order; a file that cannot be read is a finding on that file, never the end of the run. */
export async function lintFiles(files: readonly string[], options: LintFilesOptions): Promise<LintResult> {
  const results: FileResult[] = [];
  const toolErrors: ToolError[] = [];
  const pending: Array<Promise<Uint8Array | Error>> = [];
  const read = (file: string) => readFile(file).then((b) => b as Uint8Array, (error: Error) => error);
  for (let i = 0; i < Math.min(READ_AHEAD, files.length); i++) pending.push(read(files[i]));

  for (let i = 0; i < files.length; i++) {
    const filePath = files[i];
    const bytes = await pending[i];
    pending[i] = undefined as never; // let the bytes go
    if (i + READ_AHEAD < files.length) pending.push(read(files[i + READ_AHEAD]));
    const file = { file: displayPath(options.cwd, filePath), filePath };
    const settings = options.settingsFor(filePath);
    if (bytes instanceof Error) {
      results.push(unreadable(file, bytes, settings));
    } else {
      const linted = lintSource(bytes, file, settings);
      results.push(linted.result);
      toolErrors.push(...linted.toolErrors);
    }
    options.onFile?.(i + 1, files.length);
  }
  return { results, summary: summarize(results), toolErrors };
}

function unreadable(file: { file: string; filePath: string }, error: Error, settings: FileSettings): FileResult {
  const syntax = settings.rules.get("yaml-syntax");
  return {
    ...file,
    findings: syntax
      ? [
          {
            ruleId: "yaml-syntax",
            severity: syntax.severity,
            messageId: "unreadable",
            data: { detail: error.message },
            path: [],
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 1,
          },
        ]
      : [],
  };
}

/** Relative to the working directory, forward slashes (what every CI format wants). */
export function displayPath(cwd: string, filePath: string): string {
  const relative = path.relative(cwd, filePath);
  return (relative === "" ? path.basename(filePath) : relative).split(path.sep).join("/");
}

export function summarize(results: readonly FileResult[]): LintSummary {
  const summary: LintSummary = { files: results.length, errors: 0, warnings: 0, fixable: 0 };
  for (const result of results) {
    for (const finding of result.findings) {
      if (finding.severity === "error") summary.errors++;
      else summary.warnings++;
      if (finding.fix) summary.fixable++;
    }
  }
  return summary;
}
