// A user profile: a YAML file validated against schemas/profile.schema.json. Every mistake is a
// UsageError (exit 2) naming the file, the line and the key, like a mistake in the config.
import path from "node:path";
import { createLocator } from "../../engine/positions.js";
import { UsageError } from "../../errors.js";
import { ajvProblem, PROFILE_AJV_WORDS } from "../../i18n/ajv-problem.js";
import type { LocalizedText } from "../../i18n/localized.js";
import { renderBoth } from "../../i18n/render.js";
import type { MessageId } from "../../i18n/messages.js";
import { METRIC_IDS, type MetricId } from "../../metrics/definitions.js";
import { findRule, rules as allRules } from "../../rules/registry.js";
import { type ErrorObject, loadSchema, NO_OPTIONS_SCHEMA, type ValidateFunction, validatorFor } from "../../schema/ajv.js";
import { pointerToPath } from "../../schema/json-pointer.js";
import { readRequiredSource } from "../../source/read-required.js";
import { closest, suggestionOf } from "../../text/similar.js";
import type { JsonPath, MessageValue, RuleEntry, RuleLevel } from "../../vocabulary.js";
import type { Profile, TargetBounds } from "./builtin.js";
import { yamlData } from "../yaml-document.js";

interface RawProfile {
  name?: string;
  document: string;
  targets: Partial<Record<MetricId, TargetBounds>>;
  rules?: Record<string, RuleLevel | "warn" | [RuleLevel | "warn", Record<string, unknown>]>;
  channels?: string[];
}

type Problem = { messageId: MessageId; data: Record<string, MessageValue> };
type Validator = ValidateFunction;

/** Reads and validates a profile file; `shown` is how messages name it, `origin` where it was named. */
export function loadProfileFile(file: string, shown: string, origin: string): Profile {
  const { text } = readRequiredSource(file, (detail) => new UsageError("profileUnreadable", { file: shown, origin, detail }));
  return parseProfile(text, file, shown);
}

/** Parses and validates profile text; exported for tests. */
export function parseProfile(text: string, file: string, shown: string): Profile {
  const data = yamlData(text);
  if (!data.ok) throw new UsageError("profileSyntax", { file: shown, line: data.line, column: data.column, detail: data.detail });
  const raw = data.value as RawProfile;
  const locator = createLocator(text);
  const where = (at: JsonPath) => `${shown}:${locator.locate(at, "key").line}`;
  const problems = validateShape(raw, where);
  const rulesEntries = (raw as Partial<RawProfile> | null)?.rules;
  if (rulesEntries && typeof rulesEntries === "object" && !Array.isArray(rulesEntries)) problems.push(...validateRules(rulesEntries, where));
  if (problems.length > 0) throw new UsageError(problems[0].messageId, problems[0].data, problems.slice(1));

  return {
    name: raw.name ?? path.basename(file).replace(/\.ya?ml$/i, ""),
    document: raw.document,
    targets: raw.targets,
    ...(raw.rules ? { rules: normalizeRules(raw.rules) } : {}),
    ...(raw.channels ? { channels: raw.channels } : {}),
    file,
  };
}

let profileValidator: Validator | undefined;

function validateShape(raw: unknown, where: (at: JsonPath) => string): Problem[] {
  const schema = loadSchema("profile.schema.json");
  profileValidator ??= validatorFor(schema);
  if (profileValidator(raw)) return [];
  const topKeys = Object.keys(schema.properties as object);
  const byKey = new Map<string, Problem>();
  for (const error of profileValidator.errors ?? []) {
    // A rule entry that is neither a level nor [level, options]: the branches' own errors say it.
    if (error.keyword === "anyOf") continue;
    const at = pointerToPath(error.instancePath);
    if (error.keyword === "additionalProperties") {
      const key = String(error.params.additionalProperty);
      const keyAt = [...at, key];
      const name = keyName(keyAt);
      if (at.length === 1 && at[0] === "targets") {
        byKey.set(name, {
          messageId: "profileUnknownMetric",
          data: { file: where(keyAt), key: name, suggestion: suggestionOf(closest(key, METRIC_IDS)), available: METRIC_IDS.join(", ") },
        });
      } else {
        const candidates = at.length === 0 ? topKeys : at[0] === "targets" ? ["min", "max"] : [];
        byKey.set(name, { messageId: "profileUnknownKey", data: { file: where(keyAt), key: name, suggestion: suggestionOf(closest(key, candidates)) } });
      }
      continue;
    }
    const key = keyName(at);
    if (byKey.has(key)) continue;
    byKey.set(key, { messageId: "profileInvalid", data: { file: where(at), key, problem: describe(error, at) } });
  }
  return [...byKey.values()];
}

/** Rule ids the registry knows, and options their schemas accept (as the config checks them). */
function validateRules(entries: NonNullable<RawProfile["rules"]>, where: (at: JsonPath) => string): Problem[] {
  const problems: Problem[] = [];
  for (const [id, entry] of Object.entries(entries)) {
    const rule = findRule(id);
    const keyAt = ["rules", id];
    if (!rule) {
      problems.push({
        messageId: "profileUnknownRule",
        data: {
          file: where(keyAt),
          key: "rules",
          rule: id,
          suggestion: suggestionOf(
            closest(
              id,
              allRules.map((r) => r.id),
            ),
          ),
        },
      });
      continue;
    }
    if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[1] !== "object" || entry[1] === null) continue;
    const validate = optionValidator(rule.id, rule.optionsSchema);
    if (validate(entry[1])) continue;
    for (const error of validate.errors ?? []) {
      const at = [...keyAt, 1, ...pointerToPath(error.instancePath)];
      const problem = describe(error, at);
      problems.push({ messageId: "profileInvalid", data: { file: where(at), key: keyName(at), problem } });
    }
  }
  return problems;
}

const optionValidators = new Map<string, Validator>();

function optionValidator(id: string, schema: Record<string, unknown> | undefined): Validator {
  let validate = optionValidators.get(id);
  if (!validate) {
    validate = validatorFor(schema ?? NO_OPTIONS_SCHEMA);
    optionValidators.set(id, validate);
  }
  return validate;
}

/** A profile's words for what its schema means: targets are shares, a target names a bound. */
function describe(error: ErrorObject, at: JsonPath): LocalizedText {
  return ajvProblem(error, {
    minProperties: at.length === 1 ? PROFILE_AJV_WORDS.noMetric : PROFILE_AJV_WORDS.noBound,
    // The usual slip: 60 for 60 %.
    maximum: renderBoth(PROFILE_AJV_WORDS.shareMaximum, { limit: String(error.params.limit) }),
  });
}

function normalizeRules(entries: NonNullable<RawProfile["rules"]>): Record<string, RuleEntry> {
  const out: Record<string, RuleEntry> = {};
  for (const [id, entry] of Object.entries(entries)) {
    const [level, options] = Array.isArray(entry) ? entry : [entry, undefined];
    out[id] = { level: level === "warn" ? "warning" : level, ...(options ? { options } : {}) };
  }
  return out;
}

function keyName(at: JsonPath): string {
  return at.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("") || "(top level)";
}
