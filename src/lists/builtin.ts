import { CANCELLED_PROOFS } from "./builtin/cancelled-proofs.js";
import { E_LICENSES } from "./builtin/e-licenses.js";
import { REPEALED_LAWS } from "./builtin/repealed-laws.js";
import type { ReferenceLists } from "./types.js";

/** The lists that ship with the tool; a config's `lists` add to them. */
export const BUILTIN_LISTS: ReferenceLists = {
  cancelledProofs: [...CANCELLED_PROOFS],
  eLicenses: [...E_LICENSES],
  repealedLaws: [...REPEALED_LAWS],
};
