import { createRequire } from "node:module";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";

// The schemas live in /schemas at the package root, as files editors and other tools can use;
// the engine reads the same files, so there is one source of truth.
const require = createRequire(import.meta.url);

/** One Ajv for the whole process: strict, all errors (one finding per violation). */
export function createAjv(): Ajv {
  const ajv = new Ajv({ strict: true, allErrors: true, allowUnionTypes: true, verbose: true });
  // Editor annotations (VS Code / yaml-language-server show them); no validation meaning.
  ajv.addVocabulary(["enumDescriptions", "markdownDescription"]);
  // Patterns in configs are compiled by the rules: reject a broken one when the config loads.
  ajv.addFormat("regex", (text: string) => {
    try {
      new RegExp(text, "u");
      return true;
    } catch {
      return false;
    }
  });
  return ajv;
}

let serviceGuideValidator: ValidateFunction | undefined;

export function loadSchema(name: string): Record<string, unknown> {
  return require(`../../schemas/${name}`) as Record<string, unknown>;
}

/** The compiled service-guide schema, compiled on first use. */
export function validateServiceGuide(): ValidateFunction {
  serviceGuideValidator ??= createAjv().compile(loadSchema("service-guide.schema.json"));
  return serviceGuideValidator;
}

export type { ErrorObject };
