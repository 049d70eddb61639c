import type { LintResult } from "../engine/result.js";
import type { Lang } from "../i18n/localized.js";

/** Colours are injected by the CLI (formatters stay pure); identity functions when off. */
export interface TextStyle {
  error(text: string): string;
  warning(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

export const PLAIN: TextStyle = {
  error: (t) => t,
  warning: (t) => t,
  dim: (t) => t,
  bold: (t) => t,
  underline: (t) => t,
};

export interface FormatContext {
  lang: Lang;
  style: TextStyle;
  version: string;
  /** --max-warnings, when set, so the summary can say why the run failed. */
  maxWarnings?: number;
  /** The run writes the GitHub job summary too (the github format then points there for the rest). */
  stepSummary?: boolean;
  /** A rule's docs page, `{id}` standing for the rule id (config `docsUrl`, else the package's repository); no links when unset. */
  docsUrl?: string;
  /** The project's home page (SARIF's informationUri), when package.json names one. */
  homepage?: string;
}

export type Formatter = (result: LintResult, context: FormatContext) => string;
