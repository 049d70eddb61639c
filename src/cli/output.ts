import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { UsageError } from "../errors.js";
import { formatters } from "../formatters/index.js";

/** One requested output: a format and where it goes (stdout when no file). */
export interface OutputTarget {
  format: string;
  file?: string;
}

/** `--format stylish --format sarif=out.sarif -o file` → targets; -o applies to a lone format. */
export function parseOutputTargets(formats: string[], output: string | undefined, defaultFormat: string): OutputTarget[] {
  const targets = (formats.length > 0 ? formats : [defaultFormat]).map((spec): OutputTarget => {
    const [format, ...rest] = spec.split("=");
    const file = rest.join("=");
    if (!(format in formatters)) {
      throw new UsageError("badFormat", { value: format, available: Object.keys(formatters).join(", ") });
    }
    return file ? { format, file } : { format };
  });
  if (output) {
    const toStdout = targets.filter((t) => !t.file);
    if (toStdout.length > 0) toStdout[toStdout.length - 1].file = output;
  }
  return targets;
}

export function writeOutputFile(cwd: string, file: string, content: string): void {
  const target = path.resolve(cwd, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, content);
}
