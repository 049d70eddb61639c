import type { TextStyle } from "../../formatters/types.js";
import type { Lang } from "../../i18n/localized.js";
import type { MetricsReport } from "../aggregate.js";
import type { MetricId } from "../definitions.js";
import type { GroupDimension } from "../facts.js";
import type { Profile } from "../../config/profiles/builtin.js";
import type { MetricsComparison } from "../compare.js";

export interface MetricsFormatContext {
  lang: Lang;
  /** Colours, injected by the CLI; PLAIN for files and tests. */
  style: TextStyle;
  /** Group tables the human formats (table, markdown) show; JSON and CSV carry every group of the report. */
  groupBy: readonly GroupDimension[];
  /** Rank groups by this figure, best first. */
  sort?: MetricId;
  /** The profile the targets came from, for its name and document. */
  profile?: Profile;
  /** How region codes read in the group tables (report/regions.ts); without it, as codes. */
  regionNames?: ReadonlyMap<string, string>;
  /** `--compare`: the previous period's figures against these (changes and movements). */
  comparison?: MetricsComparison;
}

/** A pure function from a report to text, like the lint formatters. */
export type MetricsFormatter = (report: MetricsReport, context: MetricsFormatContext) => string;
