// process (办理流程): steps `{ name, timeLimit?, online? }`, or step names as a channel lists them,
// matched by normalised name (a multiset: a 审查 step may come twice). The step's limit reads as a
// time limit does (a mapping or 5个工作日), `online` as yes/no; both compared where shown.
import type { Scalar } from "./field-view.js";
import { readBoolean } from "./materials.js";
import { readNamedList } from "./named-list.js";
import { viewLimit } from "./time-limit.js";

export const PROCESS_ATTRIBUTES = ["timeLimit", "online"] as const;

function readStepAttribute(attribute: string, value: unknown): Scalar | undefined {
  if (attribute === "online") return readBoolean(value);
  const limit = viewLimit(value);
  return limit && { key: limit.key, display: limit.display };
}

export function readProcess(value: unknown) {
  return readNamedList(value, "name", PROCESS_ATTRIBUTES, readStepAttribute);
}
