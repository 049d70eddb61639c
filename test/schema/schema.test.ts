import { readFileSync } from "node:fs";
import path from "node:path";
import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { FIELD_LABELS } from "../../src/i18n/field-labels.js";
import { ENUM_LABELS } from "../../src/i18n/enum-labels.js";
import { createAjv, loadSchema } from "../../src/schema/ajv.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const serviceGuide = loadSchema("service-guide.schema.json") as Record<string, any>;

/** Every (label key, schema node) pair under the record's properties, with list items as `*`. */
function walk(node: Record<string, any>, key: string, out: Array<[string, Record<string, any>]>): void {
  const target = node.$ref ? serviceGuide.definitions.duration : node;
  if (key) out.push([key, node]);
  for (const [name, child] of Object.entries<Record<string, any>>(target.properties ?? {})) {
    if (name === "$schema") continue;
    walk(child, key ? `${key}.${name}` : name, out);
  }
  if (target.items) walk(target.items, `${key}.*`, out);
  for (const branch of target.anyOf ?? []) if (branch.$ref) walk(branch, key, []);
}

describe("schemas", () => {
  it.each(["service-guide.schema.json", "config.schema.json"])("%s compiles under ajv strict mode, draft-07", (name) => {
    const schema = loadSchema(name);
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(() => createAjv().compile(schema)).not.toThrow();
  });

  it("gives every field a Chinese title equal to the label messages use, and a description", () => {
    const nodes: Array<[string, Record<string, any>]> = [];
    walk(serviceGuide, "", nodes);
    expect(nodes.length).toBeGreaterThan(40);
    for (const [key, node] of nodes) {
      const labelKey = key.replace(/^timeLimit\.(legal|promised)\.(value|unit|note)$/, "timeLimit.*.$2");
      const label = FIELD_LABELS[labelKey];
      expect(label, `label for ${key}`).toBeDefined();
      expect(node.title, `title of ${key}`).toBe(label["zh-CN"]);
      expect(typeof node.description === "string" && /[\u4e00-\u9fff]/.test(node.description), `description of ${key}`).toBe(true);
    }
  });

  it("documents every enum value in Chinese", () => {
    const nodes: Array<[string, Record<string, any>]> = [];
    walk(serviceGuide, "", nodes);
    const enums = nodes.filter(([, node]) => node.enum);
    expect(enums.length).toBeGreaterThan(8);
    for (const [key, node] of enums) {
      expect(node.enumDescriptions, key).toHaveLength(node.enum.length);
      const kind = key
        .split(".")
        .filter((s) => s !== "*")
        .pop()!;
      for (const value of node.enum) expect(ENUM_LABELS[kind]?.[String(value)], `${key}=${value}`).toBeDefined();
    }
  });

  it("accepts the clean base item", () => {
    const validate = createAjv().compile(serviceGuide);
    const base = load(readFileSync(path.join(ROOT, "fixtures/base-item.yaml"), "utf8"));
    expect(validate(base), JSON.stringify(validate.errors)).toBe(true);
  });
});
