// guidelint/baseline: record today's findings, and keep recorded ones out of the exit code.
export {
  applyBaseline,
  createBaseline,
  DEFAULT_BASELINE_FILE,
  parseBaseline,
  readBaselineFile,
  serializeBaseline,
  type Baseline,
  type BaselineEntry,
} from "../engine/baseline.js";
