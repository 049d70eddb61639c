import type { JsonPath } from "../vocabulary.js";

/** An Ajv instancePath (a JSON Pointer, RFC 6901) as a JsonPath: `/materials/2/name` → ["materials", 2, "name"]. */
export function pointerToPath(pointer: string): JsonPath {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment.replace(/~1/g, "/").replace(/~0/g, "~")));
}
