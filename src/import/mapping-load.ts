// A mapping file from disk: read as every data file is (JSON by its extension, else YAML), checked
// against schemas/import-mapping.schema.json. Every mistake is a UsageError (exit 2) naming the
// file, line and column of the key, and a near field or key when there is one.
import { createLocator } from "../engine/positions.js";
import { UsageError } from "../errors.js";
import { ajvProblem, MAPPING_AJV_WORDS } from "../i18n/ajv-problem.js";
import type { LocalizedText } from "../i18n/localized.js";
import type { MessageId } from "../i18n/messages.js";
import { parseDataText } from "../source/data-file.js";
import { shownPath } from "../source/display-path.js";
import { readRequiredSource } from "../source/read-required.js";
import { resolveAlternatives } from "../schema/alternatives.js";
import { type ErrorObject, loadSchema, type ValidateFunction, validatorFor } from "../schema/ajv.js";
import { pointerToPath } from "../schema/json-pointer.js";
import { closest, suggestionOf } from "../text/similar.js";
import type { Anchor, JsonPath, MessageValue } from "../vocabulary.js";
import { COLUMN_FIELDS } from "./column-fields.js";
import type { MappingFile } from "./mapping.js";

const SCHEMA_FILE = "import-mapping.schema.json";
let validator: ValidateFunction | undefined;

type Problem = { messageId: MessageId; data: Record<string, MessageValue> };

/** The mapping file at `file` (absolute), validated; `cwd` is for the name shown in messages. */
export function loadMappingFile(file: string, cwd: string): MappingFile {
  const shown = shownPath(cwd, file);
  const { text } = readRequiredSource(file, (detail) => new UsageError("importMappingUnreadable", { file: shown, detail }));
  return parseMapping(text, file, shown);
}

/** Mapping text → the mapping; `shown` names the file in messages. */
export function parseMapping(text: string, file: string, shown: string): MappingFile {
  const parsed = parseDataText(text, file);
  if (!parsed.ok) throw new UsageError("importMappingSyntax", { file: parsed.line === undefined ? shown : `${shown}:${parsed.line}`, detail: parsed.detail });
  const value = parsed.value ?? {};
  validator ??= validatorFor(loadSchema(SCHEMA_FILE));
  if (validator(value)) return value as MappingFile;
  const locator = createLocator(text);
  // A key that is wrong (unknown, or no field) is pointed at itself; a wrong value at the value.
  const where = (at: JsonPath, anchor: Anchor = "value") => {
    const { line, column } = locator.locate(at, anchor);
    return `${shown}:${line}:${column}`;
  };
  const problems = describeErrors(resolveAlternatives(validator.errors ?? []), where);
  throw new UsageError(problems[0].messageId, problems[0].data, problems.slice(1));
}

const keyName = (at: JsonPath) => at.map(String).join(".") || "(top level)";

/** The keys the schema allows at a path (`defaults.`, `sheets.<name>.` or the top level). */
function allowedKeys(at: JsonPath): string[] {
  const schema = loadSchema(SCHEMA_FILE) as { properties: Record<string, { properties?: object; additionalProperties?: { properties?: object } }> };
  if (at.length === 0) return Object.keys(schema.properties);
  if (at[0] === "defaults") return Object.keys(schema.properties.defaults.properties ?? {});
  if (at[0] === "sheets") return Object.keys(schema.properties.sheets.additionalProperties?.properties ?? {});
  return [];
}

/** One problem per key, the first error of each winning. */
function describeErrors(errors: ErrorObject[], where: (at: JsonPath, anchor?: Anchor) => string): Problem[] {
  const byKey = new Map<string, Problem>();
  const add = (at: JsonPath, problem: Problem) => {
    if (!byKey.has(keyName(at))) byKey.set(keyName(at), problem);
  };
  for (const error of errors) {
    const at = pointerToPath(error.instancePath);
    // Errors inside propertyNames are said once, by the propertyNames error itself.
    if (error.propertyName !== undefined) continue;
    if (error.keyword === "additionalProperties") {
      const key = String(error.params.additionalProperty);
      add([...at, key], {
        messageId: "importMappingUnknownKey",
        data: { file: where([...at, key], "key"), key: keyName([...at, key]), suggestion: suggestionOf(closest(key, allowedKeys(at))) },
      });
    } else if (error.keyword === "propertyNames") {
      const field = String(error.params.propertyName);
      add([...at, field], {
        messageId: "importMappingNotCoded",
        data: { file: where([...at, field], "key"), field, suggestion: suggestionOf(closest(field, codedFields())) },
      });
    } else if (at[0] === "columns" && at.length === 2) {
      const field = String(error.data);
      add(at, {
        messageId: "importMappingUnknownField",
        data: { file: where(at), header: String(at[1]), field, suggestion: suggestionOf(closest(field, COLUMN_FIELDS)) },
      });
    } else add(at, { messageId: "importMappingInvalid", data: { file: where(at), key: keyName(at), problem: withGuess(error) } });
  }
  return [...byKey.values()];
}

function codedFields(): string[] {
  const schema = loadSchema(SCHEMA_FILE) as { properties: { dictionaries: { propertyNames: { enum: string[] } } } };
  return schema.properties.dictionaries.propertyNames.enum;
}

/** Ajv's problem, and for a word not among the allowed ones (`preset: nationl`) the nearest of them. */
function withGuess(error: ErrorObject): LocalizedText {
  const problem = ajvProblem(error, MAPPING_AJV_WORDS);
  const allowed = error.keyword === "enum" ? (error.params.allowedValues as unknown[]).filter((v) => typeof v === "string") : [];
  const guess = typeof error.data === "string" ? suggestionOf(closest(error.data, allowed as string[])) : "";
  return guess === "" ? problem : { en: `${problem.en}${guess.en}`, "zh-CN": `${problem["zh-CN"]}${guess["zh-CN"]}` };
}
