// The table testers must catch what a reviewer would miss; here each check is shown to fire.
import { describe, expect, it } from "vitest";
import type { AnyCatalogRule, AnyItemRule } from "../../src/rules/types.js";
import { testCatalogRule, testRule, type TestFramework } from "../../src/testing/rule-tester.js";

/** A framework that records the cases, so a test can run one and see it fail. */
function recorder(): TestFramework & { run(name: string): void; names: string[] } {
  const bodies = new Map<string, () => void>();
  return {
    describe: (_name, body) => body(),
    it: (name, body) => void bodies.set(name, body),
    run: (name) => bodies.get(name)!(),
    get names() {
      return [...bodies.keys()];
    },
  };
}

const messages = { bad: { en: "Bad {{what}} at {{where}}.", "zh-CN": "{{what}}有误（{{where}}）。" } };
function itemRule(overrides: Partial<AnyItemRule>): AnyItemRule {
  return {
    id: "demo",
    scope: "item",
    defaultSeverity: "error",
    fixable: false,
    description: { en: "demo", "zh-CN": "演示" },
    messages,
    check: ({ item, report }) => {
      if (item.name === "x") report({ messageId: "bad", path: ["name"], data: { what: "name", where: "here" } });
    },
    ...overrides,
  } as AnyItemRule;
}

describe("testRule", () => {
  it("passes a rule whose cases hold", () => {
    const t = recorder();
    testRule(t, itemRule({}), {
      valid: [{ name: "clean", item: { name: "y" } }],
      invalid: [{ name: "x", item: { name: "x" }, errors: [{ messageId: "bad", path: ["name"] }] }],
    });
    expect(t.names).toEqual(["valid: clean", "invalid: x"]);
    t.run("valid: clean");
    t.run("invalid: x");
  });

  it("rejects a message that leaves a placeholder unfilled in either language", () => {
    const t = recorder();
    const rule = itemRule({ check: ({ report }) => report({ messageId: "bad", path: ["name"], data: { what: "name" } }) });
    testRule(t, rule, { valid: [], invalid: [{ name: "x", item: {}, errors: [{ messageId: "bad", path: ["name"] }] }] });
    expect(() => t.run("invalid: x")).toThrow(/placeholder unfilled in en/);
  });

  it("rejects a fix from a rule that does not declare itself fixable", () => {
    const t = recorder();
    const rule = itemRule({ check: ({ report }) => report({ messageId: "bad", path: ["name"], data: { what: "a", where: "b" }, fix: { value: "y" } }) });
    testRule(t, rule, { valid: [], invalid: [{ name: "x", item: {}, errors: [{ messageId: "bad", path: ["name"] }] }] });
    expect(() => t.run("invalid: x")).toThrow(/does not declare itself fixable/);
  });

  it("rejects the same case twice, naming both", () => {
    expect(() =>
      testRule(recorder(), itemRule({}), {
        valid: [
          { name: "one", item: { name: "y" } },
          { name: "two", item: { name: "y" } },
        ],
        invalid: [],
      }),
    ).toThrow('demo: case "two" repeats case "one"');
  });

  it("rejects options the rule's schema refuses", () => {
    const t = recorder();
    const rule = itemRule({ optionsSchema: { type: "object", properties: { min: { type: "number" } }, additionalProperties: false } });
    testRule(t, rule, { valid: [{ name: "bad options", item: {}, options: { min: "high" } }], invalid: [] });
    expect(() => t.run("valid: bad options")).toThrow(/options break its schema/);
  });

  it("checks line and column of a finding in YAML text", () => {
    const t = recorder();
    const text = "code: a\nname: x\n";
    testRule(t, itemRule({}), {
      valid: [],
      invalid: [
        { name: "right place", item: text, errors: [{ messageId: "bad", path: ["name"], line: 2, column: 7 }] },
        { name: "wrong place", item: `${text}# other\n`, errors: [{ messageId: "bad", path: ["name"], line: 1 }] },
      ],
    });
    t.run("invalid: right place");
    expect(() => t.run("invalid: wrong place")).toThrow(/line/);
  });
});

describe("testCatalogRule", () => {
  const sameName: AnyCatalogRule = {
    id: "demo-catalog",
    scope: "catalog",
    defaultSeverity: "error",
    fixable: false,
    description: { en: "demo", "zh-CN": "演示" },
    messages: { twice: { en: "{{name}} twice.", "zh-CN": "{{name}}重复。" } },
    facts: () => ["name"],
    checkCatalog: ({ items, report }) => {
      const seen = new Set<string>();
      for (const item of items) {
        const name = item.views.name?.key;
        if (name && seen.has(name)) report({ messageId: "twice", target: { filePath: item.filePath, path: ["name"] }, data: { name } });
        if (name) seen.add(name);
      }
    },
  };

  it("runs the rule over the facts of the case's items", () => {
    const t = recorder();
    testCatalogRule(t, sameName, {
      valid: [{ name: "distinct", items: { "a.yaml": { name: "甲" }, "b.yaml": { name: "乙" } } }],
      invalid: [
        { name: "repeated", items: { "a.yaml": { name: "甲" }, "b.yaml": "name: 甲\n" }, errors: [{ messageId: "twice", file: "b.yaml", path: ["name"] }] },
      ],
    });
    t.run("valid: distinct");
    t.run("invalid: repeated");
  });

  it("fails when the findings differ from the expected ones", () => {
    const t = recorder();
    testCatalogRule(t, sameName, {
      valid: [],
      invalid: [
        { name: "wrong file", items: { "a.yaml": { name: "甲" }, "b.yaml": { name: "甲" } }, errors: [{ messageId: "twice", file: "a.yaml", path: ["name"] }] },
      ],
    });
    expect(() => t.run("invalid: wrong file")).toThrow();
  });
});
