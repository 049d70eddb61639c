// A user profile: a YAML file validated against schemas/profile.schema.json. Every mistake is a
// UsageError (exit 2) naming the file, the line and the key, like a mistake in the config.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseDocument } from "yaml";
import type { RuleEntry } from "../config/types.js";
import { createLocator } from "../engine/positions.js";
import { UsageError } from "../errors.js";
import type { LocalizedText } from "../i18n/localized.js";
import type { MessageId } from "../i18n/messages.js";
import { findRule, rules as allRules } from "../rules/registry.js";
import type { JsonPath, MessageValue, RuleLevel } from "../rules/types.js";
import { createAjv, type ErrorObject, loadSchema } from "../schema/ajv.js";
import { closest, suggestionOf } from "../text/similar.js";
import { METRIC_IDS, type MetricId } from "./definitions.js";
import type { Profile, TargetBounds } from "./profiles.js";

interface RawProfile {
  name?: string;
  document: string;
  targets: Partial<Record<MetricId, TargetBounds>>;
  rules?: Record<string, RuleLevel | "warn" | [RuleLevel | "warn", Record<string, unknown>]>;
  channels?: string[];
}

type Problem = { messageId: MessageId; data: Record<string, MessageValue> };
type Validator = ReturnType<ReturnType<typeof createAjv>["compile"]>;

/** Reads and validates a profile file; `shown` is how messages name it, `origin` where it was named. */
export function loadProfileFile(file: string, shown: string, origin: string): Profile {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError("profileUnreadable", { file: shown, origin, detail: (error as Error).message });
  }
  return parseProfile(text, file, shown);
}

/** Parses and validates profile text; exported for tests. */
export function parseProfile(text: string, file: string, shown: string): Profile {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const [line, column] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [1, 1];
    throw new UsageError("profileSyntax", { file: shown, line, column, detail: error.message.split("\n")[0] });
  }
  const raw = doc.toJS() as RawProfile;
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
  profileValidator ??= createAjv().compile(schema);
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
          data: { file: where(keyAt), key: name, suggestion: suggestion(closest(key, METRIC_IDS)), available: METRIC_IDS.join(", ") },
        });
      } else {
        const candidates = at.length === 0 ? topKeys : at[0] === "targets" ? ["min", "max"] : [];
        byKey.set(name, { messageId: "profileUnknownKey", data: { file: where(keyAt), key: name, suggestion: suggestion(closest(key, candidates)) } });
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
        data: { file: where(keyAt), key: "rules", rule: id, suggestion: suggestion(closest(id, allRules.map((r) => r.id))) },
      });
      continue;
    }
    if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[1] !== "object" || entry[1] === null) continue;
    const validate = optionValidator(rule.id, rule.optionsSchema);
    if (validate(entry[1])) continue;
    for (const error of validate.errors ?? []) {
      const at = [...keyAt, 1, ...pointerToPath(error.instancePath)];
      const problem: LocalizedText =
        error.keyword === "additionalProperties"
          ? { en: `has an unknown option "${error.params.additionalProperty}"`, "zh-CN": `含未知选项“${error.params.additionalProperty}”` }
          : describe(error, at);
      problems.push({ messageId: "profileInvalid", data: { file: where(at), key: keyName(at), problem } });
    }
  }
  return problems;
}

const optionValidators = new Map<string, Validator>();

function optionValidator(id: string, schema: Record<string, unknown> | undefined): Validator {
  let validate = optionValidators.get(id);
  if (!validate) {
    validate = createAjv().compile(schema ?? { type: "object", additionalProperties: false });
    optionValidators.set(id, validate);
  }
  return validate;
}

function describe(error: ErrorObject, at: JsonPath): LocalizedText {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "type":
      return { en: `must be ${String(p.type).split(",").join(" or ")}`, "zh-CN": `类型应为 ${String(p.type).split(",").join(" 或 ")}` };
    case "required":
      return { en: `is missing "${p.missingProperty}"`, "zh-CN": `缺少“${p.missingProperty}”` };
    case "minProperties":
      return at.length === 1
        ? { en: "must name at least one metric", "zh-CN": "应至少列出一个指标" }
        : { en: "must give min or max", "zh-CN": "应给出 min 或 max" };
    case "maximum":
      // The usual slip: 60 for 60 %.
      return { en: `must be at most ${p.limit} (a share: write 60 % as 0.6)`, "zh-CN": `应不大于${p.limit}（比例以小数表示：60% 写作 0.6）` };
    case "minimum":
      return { en: `must be at least ${p.limit}`, "zh-CN": `应不小于${p.limit}` };
    case "minLength":
      return { en: "must not be empty", "zh-CN": "不能为空" };
    case "enum":
      return { en: `must be one of ${(p.allowedValues as unknown[]).join(", ")}`, "zh-CN": `应为以下之一：${(p.allowedValues as unknown[]).join("、")}` };
    case "pattern":
      return { en: `must match ${p.pattern}`, "zh-CN": `应符合 ${p.pattern}` };
    case "uniqueItems":
      return { en: "lists an entry twice", "zh-CN": "含重复项" };
    case "minItems":
    case "maxItems":
      return { en: "must be [level, { options }]", "zh-CN": "应为 [级别, { 选项 }]" };
    default:
      return { en: error.message ?? error.keyword, "zh-CN": error.message ?? error.keyword };
  }
}

function normalizeRules(entries: NonNullable<RawProfile["rules"]>): Record<string, RuleEntry> {
  const out: Record<string, RuleEntry> = {};
  for (const [id, entry] of Object.entries(entries)) {
    const [level, options] = Array.isArray(entry) ? entry : [entry, undefined];
    out[id] = { level: level === "warn" ? "warning" : level, ...(options ? { options } : {}) };
  }
  return out;
}

function suggestion(guess: string | undefined): LocalizedText | string {
  return suggestionOf(guess);
}

function pointerToPath(pointer: string): JsonPath {
  return pointer === "" ? [] : pointer.slice(1).split("/").map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, "/").replace(/~0/g, "~")));
}

function keyName(at: JsonPath): string {
  return at.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("") || "(top level)";
}
