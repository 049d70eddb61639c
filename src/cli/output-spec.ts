// The one reader of `--format name[=file]` (repeatable) and `-o file`, for every command that writes
// output. Names are checked with Object.hasOwn, so `constructor`, `toString` or `__proto__` are
// unknown formats like any other, not something inherited from Object.prototype.
import { UsageError } from "../errors.js";
import { didYouMean } from "../text/similar.js";

/** One requested output: a format and where it goes (stdout when no file). */
export interface OutputTarget {
  format: string;
  file?: string;
}

export interface OutputSpecOptions {
  /** The format when no --format is given. */
  defaultFormat: string;
  /** Commands that write one document (report, rules) take at most one --format. */
  single?: boolean;
}

/** A format name the user typed, checked against the registry's own keys. */
function checkFormatName<K extends string>(name: string, registry: Readonly<Record<K, unknown>>): K {
  if (Object.hasOwn(registry, name)) return name as K;
  const available = Object.keys(registry);
  throw new UsageError("badFormat", { value: name, suggestion: didYouMean(name, available), available: available.join(", ") });
}

/**
 * `--format stylish --format sarif=out.sarif -o file` → targets. `-o` names the file of the last
 * format that has none (with a lone format: that format's file).
 */
export function parseOutputSpecs<K extends string>(
  specs: readonly string[],
  output: string | undefined,
  registry: Readonly<Record<K, unknown>>,
  options: OutputSpecOptions,
): Array<OutputTarget & { format: K }> {
  if (options.single && specs.length > 1) {
    throw new UsageError("tooManyFormats", { value: specs.join(", "), available: Object.keys(registry).join(", ") });
  }
  const targets = (specs.length > 0 ? specs : [options.defaultFormat]).map((spec) => {
    const at = spec.indexOf("=");
    const format = checkFormatName(at < 0 ? spec : spec.slice(0, at), registry);
    const file = at < 0 ? "" : spec.slice(at + 1);
    return file ? { format, file } : { format };
  });
  if (output) {
    const toStdout = targets.filter((t) => !("file" in t));
    if (toStdout.length > 0) Object.assign(toStdout[toStdout.length - 1], { file: output });
  }
  // Two documents on stdout are glued into one that neither format reads (`--format json --format
  // sarif` is no JSON): each but one must name its file.
  const toStdout = targets.filter((t) => !("file" in t));
  if (toStdout.length > 1) {
    const formats = toStdout.map((t) => t.format);
    throw new UsageError("twoToStdout", { value: formats.join(", "), example: `--format ${formats[1]}=report.${formats[1]}` });
  }
  return targets;
}
