// Files the run cannot go on without (a config, a profile, a list, the basic catalog, a
// baseline): a problem is the caller's exit-2 error, with the same words for every such file.
import { describeSourceProblem } from "../i18n/source-problems.js";
import type { LocalizedText } from "../i18n/localized.js";
import { readSource, type SourceText } from "./read-source.js";

export function readRequiredSource(filePath: string, fail: (detail: LocalizedText) => Error): SourceText {
  const read = readSource(filePath);
  if (!read.ok) throw fail(describeSourceProblem(read.problem));
  return read;
}
