// The validators `npm run build` compiles ahead of time (scripts/compile-schemas.mjs) must say
// exactly what Ajv compiling the same schema at run time says: the schema findings and the
// config/profile problems are worded from these error objects, keyword, path, params, schema
// nodes and all. And the build must cover every schema the code validates with, or a run would
// quietly go back to compiling at start-up.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { rules } from "../../src/rules/registry.js";
import { COMPILED_VALIDATORS, createAjv, loadSchema, NO_OPTIONS_SCHEMA, schemaKey, validatorFor } from "../../src/schema/ajv.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
// global-setup builds dist/ with tsc alone when it is stale; the test needs the full build's output.
const { validators } = (await import(COMPILED_VALIDATORS.href)) as { validators: Record<string, ReturnType<typeof validatorFor>> };

const base = load(readFileSync(path.join(ROOT, "fixtures/base-item.yaml"), "utf8")) as Record<string, any>;

/** A copy of the clean item with `change` applied. */
function broken(change: (item: Record<string, any>) => void): Record<string, any> {
  const item = structuredClone(base);
  change(item);
  return item;
}

const schemaFixtures = path.join(ROOT, "fixtures/rules/schema/invalid");
const brokenItems: Array<[string, unknown]> = [
  ...readdirSync(schemaFixtures).map((name): [string, unknown] => [name, load(readFileSync(path.join(schemaFixtures, name), "utf8"))]),
  ["not a mapping", ["a", "list"]],
  ["null", null],
  ["empty mapping", {}],
  ["code a number", broken((i) => (i.code = 11510921))],
  ["region too short", broken((i) => (i.region = "5109"))],
  ["no legal basis", broken((i) => (i.legalBasis = []))],
  ["a duration as text", broken((i) => (i.timeLimit.promised = "5个工作日"))],
  ["a duration as a list", broken((i) => (i.timeLimit.legal = [20]))],
  ["negative limit", broken((i) => (i.timeLimit.legal.value = -1))],
  ["unknown duration key", broken((i) => (i.timeLimit.legal.days = 20))],
  ["runs a float", broken((i) => (i.runs = 0.5))],
  ["material copies as text", broken((i) => (i.materials[0].copies = "一份"))],
  ["subjects repeated", broken((i) => (i.subjects = ["legal-person", "legal-person"]))],
  ["publishedOn bad channel", broken((i) => (i.publishedOn = ["PC"]))],
  ["fee charged as text", broken((i) => (i.fee = { charged: "no" }))],
  ["x- extension key", broken((i) => (i["x-note"] = { anything: true }))],
  ["every field wrong", Object.fromEntries(Object.keys(base).map((key) => [key, { wrong: true }]))],
];

const brokenConfigs: Array<[string, unknown]> = [
  ["unknown key", { catalg: ["catalog/**/*.yaml"] }],
  ["catalog a number", { catalog: 3 }],
  ["empty glob", { catalog: [""] }],
  ["broken regex", { codeFormat: { pattern: "([a-z]" } }],
  ["codeFormat unknown word", { codeFormat: "regional" }],
  ["rule entry not a level", { rules: { "time-limit-compression": "loud" } }],
  ["rule entry with three elements", { rules: { "time-limit-compression": ["warning", {}, 1] } }],
  ["channel id in capitals", { channels: { PC: "snapshots/pc" } }],
  ["unit factor zero", { unitFactors: { workingDaysPerNaturalDay: 0 } }],
];

const brokenProfiles: Array<[string, unknown]> = [
  ["no targets", { name: "x", document: "doc" }],
  ["share as a percentage", { name: "x", document: "doc", targets: { compression: { min: 60 } } }],
  ["empty bound", { name: "x", document: "doc", targets: { compression: {} } }],
  ["unknown metric", { name: "x", document: "doc", targets: { compresion: { min: 0.5 } } }],
  ["rules as a list", { name: "x", document: "doc", targets: { compression: { min: 0.5 } }, rules: ["schema"] }],
];

const ruleOptionSchemas = rules.flatMap((rule) => (rule.optionsSchema ? [[rule.id, rule.optionsSchema] as const] : []));

/** The build-time validator's errors and a run-time compiled one's for the same data. */
function bothErrors(schema: Record<string, unknown>, data: unknown) {
  const ahead = validators[schemaKey(schema)];
  expect(ahead, "compiled at build time").toBeDefined();
  const now = createAjv().compile(schema);
  const valid = [ahead(data), now(data)];
  return { valid, ahead: ahead.errors, now: now.errors };
}

describe("validators compiled at build time", () => {
  it("cover every schema the code validates with, and validatorFor uses them", () => {
    const schemas = [
      loadSchema("service-guide.schema.json"),
      loadSchema("config.schema.json"),
      loadSchema("profile.schema.json"),
      NO_OPTIONS_SCHEMA,
      ...ruleOptionSchemas.map(([, schema]) => schema),
    ];
    for (const schema of schemas) {
      expect(validators[schemaKey(schema)], `${JSON.stringify(schema).slice(0, 80)}: not in the build (npm run build)`).toBeDefined();
      expect(validatorFor(schema)).toBe(validators[schemaKey(schema)]);
    }
  });

  it("are not used for a schema that differs from the one they were compiled from (edited since the build)", () => {
    const edited = { ...loadSchema("profile.schema.json"), required: ["name"] };
    expect(validators[schemaKey(edited)]).toBeUndefined();
    const validate = validatorFor(edited);
    expect(validate({ name: "x" })).toBe(true);
    expect(validate({})).toBe(false);
    expect(validatorFor(edited)).toBe(validate); // compiled once
  });

  it.each(brokenItems)("give the same errors as Ajv at run time for a broken item: %s", (_name, item) => {
    const { valid, ahead, now } = bothErrors(loadSchema("service-guide.schema.json"), item);
    expect(valid[0]).toBe(valid[1]);
    expect(ahead).toEqual(now);
  });

  it("find something wrong in every broken item but the x- extension", () => {
    const validate = validators[schemaKey(loadSchema("service-guide.schema.json"))];
    expect(validate(base)).toBe(true);
    const failing = brokenItems.filter(([, item]) => !validate(item)).map(([name]) => name);
    expect(failing).toEqual(brokenItems.map(([name]) => name).filter((name) => name !== "x- extension key"));
  });

  it.each(brokenConfigs)("give the same errors as Ajv at run time for a broken config: %s", (_name, config) => {
    const { valid, ahead, now } = bothErrors(loadSchema("config.schema.json"), config);
    expect(valid).toEqual([false, false]);
    expect(ahead).toEqual(now);
  });

  it.each(brokenProfiles)("give the same errors as Ajv at run time for a broken profile: %s", (_name, profile) => {
    const { valid, ahead, now } = bothErrors(loadSchema("profile.schema.json"), profile);
    expect(valid).toEqual([false, false]);
    expect(ahead).toEqual(now);
  });

  it.each(ruleOptionSchemas)("give the same errors as Ajv at run time for broken options of %s", (_id, schema) => {
    for (const options of [{ unknownOption: 1 }, { min: "half" }, { pattern: 3 }, "not a mapping"]) {
      const { valid, ahead, now } = bothErrors(schema, options);
      expect(valid[0]).toBe(valid[1]);
      expect(ahead).toEqual(now);
    }
    const { ahead, now } = bothErrors(NO_OPTIONS_SCHEMA, { any: 1 });
    expect(ahead).toEqual(now);
  });
});
