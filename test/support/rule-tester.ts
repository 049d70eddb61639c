// The public table testers (src/testing/rule-tester.ts) bound to vitest, and the base item every
// rule test starts from.
import { readFileSync } from "node:fs";
import { load } from "js-yaml";
import { describe, it } from "vitest";
import {
  type CatalogCase,
  type ExpectedCatalogFinding,
  type InvalidCase,
  testCatalogRule as testCatalogRuleWith,
  testRule as testRuleWith,
  type ValidCase,
} from "../../src/testing/rule-tester.js";
import type { AnyCatalogRule, AnyItemRule } from "../../src/rules/types.js";

type Item = Record<string, unknown>;

/** The clean record of fixtures/base-item.yaml, freshly parsed (safe to mutate). */
export function baseItem(): Item {
  return load(readFileSync(new URL("../../fixtures/base-item.yaml", import.meta.url), "utf8")) as Item;
}

/** The base item with top-level fields replaced (`undefined` deletes a field). */
export function itemWith(changes: Item): Item {
  const item = baseItem();
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete item[key];
    else item[key] = value;
  }
  return item;
}

export function testRule(rule: AnyItemRule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  testRuleWith({ describe, it }, rule, cases);
}

export function testCatalogRule(
  rule: AnyCatalogRule,
  cases: { valid: CatalogCase[]; invalid: Array<CatalogCase & { errors: ExpectedCatalogFinding[] }> },
): void {
  testCatalogRuleWith({ describe, it }, rule, cases);
}

/** fixtures/base-item.yaml as text, each `from` replaced by its `to` (each must occur): a case whose fix output is checked. */
export function baseText(changes: Record<string, string> = {}): string {
  let text = readFileSync(new URL("../../fixtures/base-item.yaml", import.meta.url), "utf8");
  for (const [from, to] of Object.entries(changes)) {
    if (!text.includes(from)) throw new Error(`base item has no "${from}"`);
    text = text.replace(from, to);
  }
  return text;
}
