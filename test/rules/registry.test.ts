// What a reviewer would otherwise check by eye: ids, both languages, docs, fixtures, options.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { rules } from "../../src/rules/registry.js";
import { placeholders } from "../../src/i18n/render.js";
import { MESSAGES } from "../../src/i18n/messages.js";
import { createAjv } from "../../src/schema/ajv.js";

const ROOT = path.resolve(import.meta.dirname, "../..");

describe("rule registry", () => {
  it("has unique kebab-case ids", () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
  });

  it.each(["item", "catalog", "channel"] as const)("lists every rule file of src/rules/%s (one rule per file, named for its id)", (scope) => {
    const files = readdirSync(path.join(ROOT, "src/rules", scope))
      .map((f) => f.replace(/\.ts$/, ""))
      .sort();
    const ids = rules
      .filter((r) => r.scope === scope)
      .map((r) => r.id)
      .sort();
    expect(ids).toEqual(files);
  });

  it("gives every rule the check its scope needs", () => {
    for (const rule of rules) {
      if (rule.scope === "item") expect(rule.check, rule.id).toBeTypeOf("function");
      if (rule.scope === "catalog" || rule.scope === "channel") expect(rule.checkCatalog, rule.id).toBeTypeOf("function");
    }
  });

  describe.each(rules.map((rule) => [rule.id, rule] as const))("%s", (id, rule) => {
    it("has messages in both languages with the same placeholders", () => {
      expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
      for (const [messageId, text] of Object.entries(rule.messages)) {
        expect(text.en.trim(), `${messageId} en`).not.toBe("");
        expect(text["zh-CN"].trim(), `${messageId} zh-CN`).not.toBe("");
        expect(placeholders(text["zh-CN"]), messageId).toEqual(placeholders(text.en));
      }
      expect(rule.description.en && rule.description["zh-CN"]).toBeTruthy();
    });

    it("has a docs page with a failing and a passing example", () => {
      const page = path.join(ROOT, "docs/rules", `${id}.md`);
      expect(existsSync(page), `docs/rules/${id}.md`).toBe(true);
      const text = readFileSync(page, "utf8");
      expect(text.startsWith(`# ${id}`)).toBe(true);
      expect(text).toMatch(/## Examples/);
      expect(text).toMatch(/### Failing/);
      expect(text).toMatch(/### Passing/);
    });

    it("has a short title in both languages, the Chinese one in Chinese", () => {
      expect(rule.title?.en).toMatch(/^[A-Z]/);
      expect(rule.title?.["zh-CN"]).toMatch(/^[\u4e00-\u9fff]/);
      expect(rule.title!.en.length).toBeLessThan(60);
    });

    it("has valid and invalid fixtures", () => {
      for (const kind of ["valid", "invalid"]) {
        const dir = path.join(ROOT, "fixtures/rules", id, kind);
        expect(existsSync(dir) && readdirSync(dir).length > 0, `fixtures/rules/${id}/${kind}/`).toBe(true);
      }
    });

    it("declares options it validates (strict schema, defaults valid)", () => {
      if (!rule.optionsSchema) {
        expect(rule.defaultOptions ?? {}).toEqual({});
        return;
      }
      const validate = createAjv().compile(rule.optionsSchema);
      expect(validate(rule.defaultOptions ?? {}), JSON.stringify(validate.errors)).toBe(true);
    });
  });
});

describe("tool messages", () => {
  it.each(Object.entries(MESSAGES))("%s has both languages with the same placeholders", (_, text) => {
    expect(placeholders(text["zh-CN"])).toEqual(placeholders(text.en));
  });
});
