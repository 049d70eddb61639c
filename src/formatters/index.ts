import { json } from "./json.js";
import { stylish } from "./stylish.js";
import type { Formatter } from "./types.js";

/** The output formats by name. */
export const formatters: Record<string, Formatter> = { stylish, json };

export type { FormatContext, Formatter, TextStyle } from "./types.js";
export { PLAIN } from "./types.js";
