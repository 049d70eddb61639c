import type { ListEntry } from "../types.js";

// STUB: the built-in list, to be filled in (with sources in comments).
export const E_LICENSES: readonly ListEntry[] = [];
