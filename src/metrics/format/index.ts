import { csv } from "./csv.js";
import { json } from "./json.js";
import { markdown } from "./markdown.js";
import { table } from "./table.js";
import type { MetricsFormatter } from "./types.js";

/** The output formats of `guidelint metrics`, by name; `table` is the default. */
export const metricsFormatters: Record<string, MetricsFormatter> = { table, json, markdown, csv };

export type { MetricsFormatContext, MetricsFormatter } from "./types.js";
