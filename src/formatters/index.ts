import { checkstyle } from "./checkstyle.js";
import { csv } from "./csv.js";
import { github } from "./github.js";
import { gitlab } from "./gitlab.js";
import { html } from "./html.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { markdown } from "./markdown.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";
import type { Formatter } from "./types.js";

/** The output formats by name. */
export const formatters: Record<string, Formatter> = { stylish, json, sarif, github, gitlab, junit, checkstyle, markdown, csv, html };

export type { FormatContext, Formatter, TextStyle } from "./types.js";
export { PLAIN } from "./types.js";
