import type { ReferenceLists } from "../lists/types.js";
import type { Severity } from "../vocabulary.js";
import type { UnitFactors } from "../time/duration.js";

/** A rule as configured for one file: its severity and its options (defaults merged in). */
export interface RuleSetting {
  severity: Severity;
  options: Record<string, unknown>;
}

/** Everything the engine needs to lint one file; `rules` holds only the enabled rules. */
export interface FileSettings {
  rules: ReadonlyMap<string, RuleSetting>;
  lists: ReferenceLists;
  unitFactors: UnitFactors;
}
