// guidelint/fix: comment- and byte-preserving value fixes on YAML text.
export { applyFixes, type FixOutcome, type ScalarFix } from "../fix/apply-fixes.js";
export { fixFiles, type FileFix } from "../fix/fix-files.js";
