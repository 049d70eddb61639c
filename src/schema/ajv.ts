import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { Ajv, ErrorObject, Options, ValidateFunction } from "ajv";
import { FORMATS } from "./formats.js";

const require = createRequire(import.meta.url);

/** Strict, all errors (one finding per violation), the schema nodes in each error (the words need them). */
const OPTIONS = { strict: true, allErrors: true, allowUnionTypes: true, verbose: true } as const;
/** Editor annotations (VS Code / yaml-language-server show them); no validation meaning. */
const ANNOTATIONS = ["enumDescriptions", "markdownDescription"];

/** A rule that takes no options: its entry's options must be an empty mapping. */
export const NO_OPTIONS_SCHEMA: Readonly<Record<string, unknown>> = { type: "object", additionalProperties: false };

/** An Ajv with guidelint's options; `extra` is for the build step (code generation). */
export function createAjv(extra: Options = {}): Ajv {
  // Required on first use, not imported: a run whose schemas were all compiled at build time never
  // loads Ajv's compiler (63 modules; loading and running it was a fifth of a small run's start-up).
  const { Ajv } = require("ajv") as typeof import("ajv");
  const ajv = new Ajv({ ...OPTIONS, ...extra });
  ajv.addVocabulary(ANNOTATIONS);
  for (const [name, check] of Object.entries(FORMATS)) ajv.addFormat(name, check);
  return ajv;
}

/**
 * What a validator is compiled from: the schema's text and the Ajv options. A build-time
 * validator is used only for the very schema it was compiled from, so a schema edited since the
 * build (a bare `vitest` after editing schemas/, a rule's options changed) is compiled at run
 * time instead: slower, never stale.
 */
export function schemaKey(schema: object): string {
  return createHash("sha256")
    .update(JSON.stringify([OPTIONS, ANNOTATIONS, Object.keys(FORMATS), schema]))
    .digest("hex");
}

/** Where `npm run build` (scripts/compile-schemas.mjs) writes the validators it compiles. */
export const COMPILED_VALIDATORS = new URL("../../dist/schema/compiled-validators.js", import.meta.url);

// Looked up in dist/ whether this module runs from dist/ (the CLI, the package) or from src/ (the
// tests), so the tests check the validators the CLI runs. Missing (tsc run alone, not `npm run
// build`): every schema compiles at run time, as before the build step existed. A module that is
// there but fails to load is an error, not a reason to fall back in silence.
const compiled: Readonly<Record<string, ValidateFunction>> = existsSync(fileURLToPath(COMPILED_VALIDATORS))
  ? ((await import(COMPILED_VALIDATORS.href)) as { validators: Record<string, ValidateFunction> }).validators
  : {};

const compiledNow = new Map<string, ValidateFunction>();

/** The validator of a schema: the one compiled at build time for it, else compiled now (once). */
export function validatorFor(schema: object): ValidateFunction {
  const key = schemaKey(schema);
  let validate = compiled[key] ?? compiledNow.get(key);
  if (!validate) {
    validate = createAjv().compile(schema);
    compiledNow.set(key, validate);
  }
  return validate;
}

// The schemas live in /schemas at the package root, as files editors and other tools can use;
// the engine reads the same files, so there is one source of truth.
export function loadSchema(name: string): Record<string, unknown> {
  return require(`../../schemas/${name}`) as Record<string, unknown>;
}

let serviceGuideValidator: ValidateFunction | undefined;

/** The service-guide schema's validator, looked up on first use. */
export function validateServiceGuide(): ValidateFunction {
  serviceGuideValidator ??= validatorFor(loadSchema("service-guide.schema.json"));
  return serviceGuideValidator;
}

export type { ErrorObject, ValidateFunction };
