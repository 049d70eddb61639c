// The registry: the whole list of rules, in the order they run and are documented.
import type { AnyRule } from "./types.js";
import yamlSyntax from "./file/yaml-syntax.js";
import schema from "./file/schema.js";
import baseCatalogMatch from "./catalog/base-catalog-match.js";
import codeUnique from "./catalog/code-unique.js";
import crossLevelConsistency from "./catalog/cross-level-consistency.js";
import sameSourceMismatch from "./channel/same-source-mismatch.js";
import sameSourceMissing from "./channel/same-source-missing.js";
import sameSourceOrphan from "./channel/same-source-orphan.js";
import sameSourceStale from "./channel/same-source-stale.js";
import nameFormat from "./item/name-format.js";
import legalBasisCitation from "./item/legal-basis-citation.js";
import legalBasisRepealed from "./item/legal-basis-repealed.js";
import timeLimitExceedsLegal from "./item/time-limit-exceeds-legal.js";
import timeLimitProcessing from "./item/time-limit-processing.js";
import timeLimitNote from "./item/time-limit-note.js";
import timeLimitCompression from "./item/time-limit-compression.js";
import materialsVague from "./item/materials-vague.js";
import conditionsVague from "./item/conditions-vague.js";
import processTimeLimit from "./item/process-time-limit.js";
import materialsDuplicate from "./item/materials-duplicate.js";
import materialsCancelledProof from "./item/materials-cancelled-proof.js";
import materialsELicense from "./item/materials-e-license.js";
import runsDepth from "./item/runs-depth.js";
import runsTarget from "./item/runs-target.js";
import runsReason from "./item/runs-reason.js";
import feeBasis from "./item/fee-basis.js";
import addressSpecific from "./item/address-specific.js";
import phoneFormat from "./item/phone-format.js";
import codeFormat from "./item/code-format.js";
import disableDirective from "./file/disable-directive.js";
import exportData from "./file/export-data.js";
import hoursFormat from "./item/hours-format.js";
import invisibleSpaces from "./item/invisible-spaces.js";
import placeholderValue from "./item/placeholder-value.js";
import textTypo from "./item/text-typo.js";
import textStandardChars from "./item/text-standard-chars.js";
import legalBasisDocumentNumber from "./item/legal-basis-document-number.js";
import materialsForm from "./item/materials-form.js";

export const rules: readonly AnyRule[] = [
  yamlSyntax,
  exportData,
  schema,
  nameFormat,
  legalBasisCitation,
  legalBasisRepealed,
  legalBasisDocumentNumber,
  timeLimitExceedsLegal,
  timeLimitProcessing,
  timeLimitNote,
  timeLimitCompression,
  processTimeLimit,
  materialsVague,
  materialsDuplicate,
  materialsCancelledProof,
  materialsELicense,
  materialsForm,
  conditionsVague,
  runsDepth,
  runsTarget,
  runsReason,
  feeBasis,
  addressSpecific,
  phoneFormat,
  codeFormat,
  hoursFormat,
  invisibleSpaces,
  placeholderValue,
  textTypo,
  textStandardChars,
  codeUnique,
  crossLevelConsistency,
  baseCatalogMatch,
  sameSourceMismatch,
  sameSourceMissing,
  sameSourceOrphan,
  sameSourceStale,
  disableDirective,
];

const byId = new Map(rules.map((rule) => [rule.id, rule]));

export function findRule(id: string): AnyRule | undefined {
  return byId.get(id);
}
