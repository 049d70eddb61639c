import type { ErrorObject } from "ajv";

/**
 * With allErrors, a failed anyOf/oneOf brings every branch's errors (through $ref, their schema
 * paths don't even point into the anyOf). Keep the branch that matters: a type mismatch right
 * at the alternative's node means "not this branch"; any other error below it comes from the
 * branch whose type fits, and says what is wrong inside. When no branch fits the data's type:
 * one type error naming every accepted type.
 */
export function resolveAlternatives(errors: ErrorObject[]): ErrorObject[] {
  let kept = errors;
  for (const alternative of errors.filter((e) => e.keyword === "anyOf" || e.keyword === "oneOf")) {
    const at = alternative.instancePath;
    const below = kept.filter((e) => e !== alternative && (e.instancePath === at || e.instancePath.startsWith(`${at}/`)));
    const typeMismatches = below.filter((e) => e.keyword === "type" && e.instancePath === at);
    // An error right at the node whose schema declares a type the data does not have comes from
    // a branch that does not fit either (an enum of the text branch, said of a mapping).
    const notThisBranch = below.filter(
      (e) => e.instancePath === at && (typeMismatches.includes(e) || !typeFits((e.parentSchema as { type?: unknown } | undefined)?.type, e.data)),
    );
    const insideFittingBranch = below.filter((e) => !notThisBranch.includes(e));
    kept = kept.filter((e) => e !== alternative && !notThisBranch.includes(e));
    if (insideFittingBranch.length === 0) {
      const types = [...new Set(typeMismatches.flatMap((e) => String(e.params.type).split(",")))];
      kept.push({ ...alternative, keyword: "type", params: { type: types.join(",") } });
    }
  }
  return kept;
}

/** Whether data has one of the JSON Schema types declared (no declaration: it fits). */
function typeFits(declared: unknown, data: unknown): boolean {
  if (declared === undefined) return true;
  const types = ([] as unknown[]).concat(declared).map(String);
  const actual = data === null ? "null" : Array.isArray(data) ? "array" : typeof data;
  if (actual === "number") return types.includes("number") || (types.includes("integer") && Number.isInteger(data));
  return types.includes(actual);
}
