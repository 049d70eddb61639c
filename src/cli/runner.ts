// The one command runner: every command that checks a catalog resolves the language, shows the
// spinner, prints the run's notes and tool errors, writes its outputs and ends with an exit code
// the same way. Command modules hold their options and their library call, nothing else.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ToolError } from "../engine/result.js";
import { PLAIN, type TextStyle } from "../formatters/types.js";
import { UsageError } from "../errors.js";
import type { Lang, LocalizedText } from "../i18n/localized.js";
import type { MessageId } from "../i18n/messages.js";
import { t } from "../i18n/t.js";
import { terminalSafe } from "../text/visible-controls.js";
import type { MessageValue } from "../vocabulary.js";
import type { CliIo } from "./io.js";
import type { OutputTarget } from "./output-spec.js";
import { terminalStyle } from "./style.js";

/** Progress callback the library calls once per file. */
export type OnFile = (done: number, total: number) => void;

/** What a command's run is handed: the streams, the user's language, and the shared chores. */
export class CommandRun {
  constructor(
    readonly io: CliIo,
    readonly lang: Lang,
    /** --no-progress clears it; a spinner shows only on a terminal outside CI anyway. */
    private readonly progress: boolean,
  ) {}

  /** A tool message on stderr, in the user's language; the data in it shown terminal-safe. */
  note(id: MessageId, data: Record<string, MessageValue> = {}): void {
    this.io.stderr.write(`${t(id, terminalSafeData(data), this.lang)}\n`);
  }

  /** Runs `work` under a spinner labelled `label` (ora is loaded only when it shows). */
  async withProgress<T>(label: string, work: (onFile: OnFile | undefined) => Promise<T>): Promise<T> {
    // A terminal that reports 0 columns (`script -qc … /dev/null`): ora divides by the width and
    // never ends, so no spinner there.
    const show = this.progress && this.io.stderr.isTTY === true && !this.io.env.CI && (this.io.stderr.columns ?? 80) > 0;
    if (!show) return work(undefined);
    const { default: ora } = await import("ora");
    const spinner = ora({ stream: this.io.stderr, text: label }).start();
    // Work that does not yield (an import writing its records) would freeze the spinner's timer:
    // the count is drawn from here too, at most every 100 ms.
    let drawn = 0;
    try {
      return await work((done, total) => {
        spinner.text = `${label} ${done}/${total}`;
        const now = Date.now();
        if (now - drawn >= 100) {
          drawn = now;
          spinner.render();
        }
      });
    } finally {
      spinner.stop();
    }
  }

  /** The notes every catalog run may carry: the sample catalog stood in, files the tool could not handle. */
  reportRun(run: { embeddedCatalog?: string; toolErrors: readonly ToolError[] }): void {
    if (run.embeddedCatalog) this.note("usingEmbeddedCatalog", { dir: run.embeddedCatalog });
    for (const error of run.toolErrors) this.note("internalError", { detail: `${error.file ?? ""} ${error.message}` });
  }

  /** A file the user named (an annotated workbook): written as given, or exit 2 naming it. */
  writeFile(file: string, content: Uint8Array): void {
    writeOutputFile(this.io.cwd, file, content);
  }

  /** One rendered document, text or bytes (Word, PDF): to its file, else to stdout (a pipe, for bytes). */
  writeDocument(target: OutputTarget, content: string | Uint8Array): void {
    if (target.file) writeOutputFile(this.io.cwd, target.file, content);
    else this.io.stdout.write(content);
  }

  /** Writes each target: to its file without colours, else to stdout styled for the terminal. */

  writeOutputs<T extends OutputTarget>(targets: readonly T[], render: (target: T, style: TextStyle) => string): void {
    for (const target of targets) {
      const text = render(target, target.file ? PLAIN : terminalStyle(this.io.stdout, this.io.env));
      if (target.file) writeOutputFile(this.io.cwd, target.file, text);
      else this.io.stdout.write(text);
    }
  }
}

/**
 * A message's data with control characters escaped: file names, paths, config keys and values
 * from the catalog reach stderr through it, and a raw ESC or BEL there would drive the terminal.
 * Only the data: the message's own words have none. With `keepNewlines`, a stack trace keeps its lines.
 */
export function terminalSafeData(data: Record<string, MessageValue>, options: { keepNewlines?: boolean } = {}): Record<string, MessageValue> {
  const safe = (value: MessageValue): MessageValue =>
    typeof value === "number"
      ? value
      : typeof value === "string"
        ? terminalSafe(value, options)
        : { en: terminalSafe(value.en, options), "zh-CN": terminalSafe(value["zh-CN"], options) };
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, safe(value)]));
}

/** A file that cannot be written (a folder, a full disk, no permission) is exit 2 naming it, as ESLint does. */
function writeOutputFile(cwd: string, file: string, content: string | Uint8Array): void {
  const target = path.resolve(cwd, file);
  try {
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new UsageError("outputUnwritable", { file, detail: OUTPUT_ERRORS[code ?? ""] ?? message });
  }
}

/** The usual causes, in words (the raw code stays in the message for a search). */
const OUTPUT_ERRORS: Record<string, LocalizedText> = {
  EISDIR: { en: "it is a folder (EISDIR)", "zh-CN": "它是一个文件夹（EISDIR）" },
  ENOSPC: { en: "the disk is full (ENOSPC)", "zh-CN": "磁盘已满（ENOSPC）" },
  EACCES: { en: "permission denied (EACCES)", "zh-CN": "没有写入权限（EACCES）" },
  ENOTDIR: { en: "a part of its path is a file, not a folder (ENOTDIR)", "zh-CN": "路径中的某一级是文件而不是文件夹（ENOTDIR）" },
  EEXIST: { en: "a part of its path is a file, not a folder (EEXIST)", "zh-CN": "路径中的某一级是文件而不是文件夹（EEXIST）" },
};
