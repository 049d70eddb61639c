// Find, parse and validate the config. Every mistake becomes a UsageError (exit 2) that names
// the file, the line and the key, so a maintainer can fix it without reading our source.
import { existsSync } from "node:fs";
import path from "node:path";
import { createLocator } from "../engine/positions.js";
import { UsageError } from "../errors.js";
import { ajvProblem } from "../i18n/ajv-problem.js";
import { shownPath } from "../source/display-path.js";
import { readRequiredSource } from "../source/read-required.js";
import type { MessageId } from "../i18n/messages.js";
import type { LocalizedText } from "../i18n/localized.js";
import { BUILTIN_LISTS } from "../lists/builtin.js";
import { loadListFile } from "../lists/load-list.js";
import type { ReferenceLists } from "../lists/types.js";
import { findRule, rules as allRules } from "../rules/registry.js";
import type { JsonPath, MessageValue, RuleLevel } from "../vocabulary.js";
import { type ErrorObject, loadSchema, NO_OPTIONS_SCHEMA, type ValidateFunction, validatorFor } from "../schema/ajv.js";
import { pointerToPath } from "../schema/json-pointer.js";
import { resolveAlternatives } from "../schema/alternatives.js";
import { closest, suggestionOf } from "../text/similar.js";
import { DEFAULT_UNIT_FACTORS } from "../time/duration.js";
import { resolveProfile } from "./profiles/resolve-profile.js";
import { backtracksExponentially } from "./regex-safety.js";
import { yamlData } from "./yaml-document.js";
import type { Override, ResolvedConfig, RuleEntry } from "./types.js";

export const CONFIG_FILE_NAMES = ["guidelint.config.yaml", ".guidelintrc.yaml", "guidelint.config.yml", ".guidelintrc.yml"];

/** The nearest config file in `startDir` or a folder above it. */
export function findConfigFile(startDir: string): string | undefined {
  let dir = path.resolve(startDir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export interface LoadConfigOptions {
  cwd: string;
  /** An explicit config file (-c); otherwise the nearest one upward from cwd. */
  configFile?: string;
}

/** The config in force for a run; with no config file, the defaults. */
export function loadConfig({ cwd, configFile }: LoadConfigOptions): ResolvedConfig {
  const file = configFile ? path.resolve(cwd, configFile) : findConfigFile(cwd);
  if (!file) return defaultConfig(cwd);
  const { text } = readRequiredSource(file, (detail) => new UsageError("configUnreadable", { file: shownPath(cwd, file), detail }));
  return resolveConfig(text, file, cwd);
}

/** The config when there is no config file: built-in lists, default severities. */
export function defaultConfig(cwd: string): ResolvedConfig {
  return { baseDir: cwd, ignore: [], lists: BUILTIN_LISTS, unitFactors: DEFAULT_UNIT_FACTORS, rules: {}, overrides: [], channels: {} };
}

interface RawConfig {
  catalog?: string | string[];
  ignore?: string | string[];
  baseCatalog?: string;
  lists?: Partial<Record<keyof ReferenceLists, string>>;
  channels?: Record<string, string>;
  profile?: string;
  codeFormat?: ResolvedConfig["codeFormat"];
  regions?: Record<string, string>;
  docsUrl?: string;
  unitFactors?: Partial<ResolvedConfig["unitFactors"]>;
  rules?: Record<string, RawRuleEntry>;
  overrides?: Array<{ files: string | string[]; rules: Record<string, RawRuleEntry> }>;
}
type RawLevel = RuleLevel | "warn";
type RawRuleEntry = RawLevel | [RawLevel, Record<string, unknown>];

/** Parse and validate config text; exported for tests. */
export function resolveConfig(text: string, file: string, cwd: string): ResolvedConfig {
  const shown = shownPath(cwd, file);
  const data = yamlData(text);
  if (!data.ok) throw new UsageError("configSyntax", { file: shown, line: data.line, column: data.column, detail: data.detail });
  const raw = (data.value ?? {}) as RawConfig;
  const locator = createLocator(text);
  const where = (at: JsonPath) => `${shown}:${locator.locate(at).line}`;

  const problems = validateShape(raw, where);
  for (const problem of validateRules(raw, where)) problems.push(problem);
  for (const problem of unsafePatterns(raw, where)) problems.push(problem);
  for (const problem of badDocsUrl(raw, where)) problems.push(problem);
  if (problems.length > 0) throw new UsageError(problems[0].messageId, problems[0].data, problems.slice(1));

  const baseDir = path.dirname(file);
  const toList = (globs: string | string[] | undefined) => (globs === undefined ? undefined : [globs].flat());
  return {
    configFile: file,
    baseDir,
    catalog: toList(raw.catalog),
    ignore: toList(raw.ignore) ?? [],
    lists: loadLists(raw.lists ?? {}, baseDir, cwd),
    unitFactors: { ...DEFAULT_UNIT_FACTORS, ...(raw.unitFactors ?? {}) },
    rules: normalizeRules(raw.rules ?? {}),
    overrides: (raw.overrides ?? []).map((o): Override => ({ files: [o.files].flat(), rules: normalizeRules(o.rules) })),
    baseCatalog: raw.baseCatalog ? path.resolve(baseDir, raw.baseCatalog) : undefined,
    channels: Object.fromEntries(Object.entries(raw.channels ?? {}).map(([id, p]) => [id, path.resolve(baseDir, p)])),
    profile: raw.profile,
    // Resolved now, so a misspelt profile fails the run at once, naming the config's line.
    activeProfile: raw.profile ? resolveProfile(raw.profile, baseDir, cwd, `${where(["profile"])}: profile`) : undefined,
    codeFormat: raw.codeFormat,
    ...(raw.regions ? { regions: raw.regions } : {}),
    ...(raw.docsUrl ? { docsUrl: raw.docsUrl } : {}),
  };
}

type Problem = { messageId: MessageId; data: Record<string, MessageValue> };

function keyName(at: JsonPath): string {
  return at.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("") || "(top level)";
}

let configValidator: ValidateFunction | undefined;

function validateShape(raw: unknown, where: (at: JsonPath) => string): Problem[] {
  configValidator ??= validatorFor(loadSchema("config.schema.json"));
  if (configValidator(raw)) return [];
  return describeAjvErrors(resolveAlternatives(configValidator.errors ?? []), where, Object.keys(loadSchema("config.schema.json").properties as object));
}

/** ajv errors of a config → one problem per key; the deepest error of each key wins. */
function describeAjvErrors(errors: ErrorObject[], where: (at: JsonPath) => string, topKeys: string[]): Problem[] {
  const byKey = new Map<string, Problem>();
  for (const error of errors) {
    if (error.keyword === "anyOf" || error.keyword === "if") continue;
    const at = pointerToPath(error.instancePath);
    if (error.keyword === "additionalProperties") {
      const key = String(error.params.additionalProperty);
      const guess = at.length === 0 ? closest(key, topKeys) : undefined;
      byKey.set(keyName([...at, key]), {
        messageId: "configUnknownKey",
        data: { file: where([...at, key]), key: keyName([...at, key]), suggestion: suggestion(guess) },
      });
      continue;
    }
    const key = keyName(at);
    if (byKey.has(key)) continue;
    byKey.set(key, { messageId: "configInvalid", data: { file: where(at), key, problem: ajvProblem(error) } });
  }
  return [...byKey.values()];
}

function suggestion(guess: string | undefined): LocalizedText | string {
  return suggestionOf(guess);
}

/** Unknown rule ids (with a suggestion) and options that break a rule's option schema. */
function validateRules(raw: RawConfig, where: (at: JsonPath) => string): Problem[] {
  const problems: Problem[] = [];
  const ids = allRules.map((r) => r.id);
  const check = (entries: Record<string, RawRuleEntry> | undefined, at: JsonPath) => {
    if (!entries || typeof entries !== "object") return;
    for (const [id, entry] of Object.entries(entries)) {
      const rule = findRule(id);
      const keyAt = [...at, id];
      if (!rule) {
        problems.push({
          messageId: "configUnknownRule",
          data: { file: where(keyAt), key: keyName(at), rule: id, suggestion: suggestion(closest(id, ids)) },
        });
        continue;
      }
      if (!Array.isArray(entry) || entry.length < 2) continue;
      const validate = optionValidator(rule.id, rule.optionsSchema);
      if (validate(entry[1])) continue;
      for (const error of validate.errors ?? []) {
        const inner = pointerToPath(error.instancePath);
        problems.push({
          messageId: "configBadOptions",
          data: { file: where([...keyAt, 1, ...inner]), key: keyName([...keyAt, 1, ...inner]), rule: id, problem: ajvProblem(error) },
        });
      }
    }
  };
  check(raw.rules, ["rules"]);
  for (const [i, o] of (Array.isArray(raw.overrides) ? raw.overrides : []).entries()) check(o?.rules, ["overrides", i, "rules"]);
  return problems;
}

/** What a docsUrl must be: said in words, where a schema pattern would print its regex. */
const DOCS_URL_PROBLEM = {
  en: "must be an http(s) URL with {id} where the rule id goes, e.g. https://github.com/acme/guidelint/blob/main/docs/rules/{id}.md",
  "zh-CN": "应为 http(s) 地址，并以 {id} 代表规则编号，如 https://github.com/acme/guidelint/blob/main/docs/rules/{id}.md",
};

function badDocsUrl(raw: RawConfig, where: (at: JsonPath) => string): Problem[] {
  if (typeof raw.docsUrl !== "string" || /^https?:\/\/\S*\{id\}\S*$/.test(raw.docsUrl)) return [];
  return [{ messageId: "configInvalid", data: { file: where(["docsUrl"]), key: "docsUrl", problem: DOCS_URL_PROBLEM } }];
}

/** code-format's pattern, wherever the config sets it: one that backtracks exponentially is refused. */
function unsafePatterns(raw: RawConfig, where: (at: JsonPath) => string): Problem[] {
  const places: Array<[JsonPath, unknown]> = [];
  if (raw.codeFormat && typeof raw.codeFormat === "object") places.push([["codeFormat", "pattern"], raw.codeFormat.pattern]);
  const ruleOptions = (rules: unknown, at: JsonPath) => {
    const entry = (rules as Record<string, unknown> | undefined)?.["code-format"];
    if (Array.isArray(entry)) places.push([[...at, "code-format", 1, "pattern"], (entry[1] as { pattern?: unknown } | undefined)?.pattern]);
  };
  ruleOptions(raw.rules, ["rules"]);
  for (const [i, o] of (Array.isArray(raw.overrides) ? raw.overrides : []).entries()) ruleOptions(o?.rules, ["overrides", i, "rules"]);
  return places
    .filter(([, pattern]) => typeof pattern === "string" && backtracksExponentially(pattern))
    .map(([at, pattern]) => ({ messageId: "configUnsafePattern", data: { file: where(at), key: keyName(at), pattern: String(pattern) } }));
}

const optionValidators = new Map<string, ValidateFunction>();

function optionValidator(id: string, schema: Record<string, unknown> | undefined) {
  let validate = optionValidators.get(id);
  if (!validate) {
    validate = validatorFor(schema ?? NO_OPTIONS_SCHEMA);
    optionValidators.set(id, validate);
  }
  return validate;
}

function normalizeRules(entries: Record<string, RawRuleEntry>): Record<string, RuleEntry> {
  const out: Record<string, RuleEntry> = {};
  for (const [id, entry] of Object.entries(entries)) {
    const [level, options] = Array.isArray(entry) ? entry : [entry, undefined];
    out[id] = { level: level === "warn" ? "warning" : level, ...(options ? { options } : {}) };
  }
  return out;
}

function loadLists(files: Partial<Record<keyof ReferenceLists, string>>, baseDir: string, cwd: string): ReferenceLists {
  const lists: ReferenceLists = {
    cancelledProofs: [...BUILTIN_LISTS.cancelledProofs],
    eLicenses: [...BUILTIN_LISTS.eLicenses],
    repealedLaws: [...BUILTIN_LISTS.repealedLaws],
  };
  for (const [name, file] of Object.entries(files) as Array<[keyof ReferenceLists, string]>) {
    // A loop, not push(...entries): a 200,000-entry list would overflow the call stack.
    for (const entry of loadListFile(path.resolve(baseDir, file), name, cwd)) lists[name].push(entry);
  }
  return lists;
}
