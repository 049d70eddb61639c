import type { RepealedLaw } from "../types.js";

// STUB: the built-in list, to be filled in (with sources in comments).
export const REPEALED_LAWS: readonly RepealedLaw[] = [];
