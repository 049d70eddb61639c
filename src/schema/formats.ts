// The formats guidelint's schemas use beyond JSON Schema's own. A module of its own because two
// programs use it: the Ajv that compiles at run time (ajv.ts) and the validators compiled at build
// time (dist/schema/compiled-validators.js imports it, so the check is one function in both).

/** Patterns in configs are compiled by the rules: reject a broken one when the config loads. */
function isRegex(text: string): boolean {
  try {
    new RegExp(text, "u");
    return true;
  } catch {
    return false;
  }
}

export const FORMATS: Readonly<Record<string, (text: string) => boolean>> = { regex: isRegex };
