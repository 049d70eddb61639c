// A table-driven tester for item rules, after ESLint's RuleTester: each case states the item
// and the findings it must produce; an invalid case with no expected findings is rejected.
import { readFileSync } from "node:fs";
import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { BUILTIN_LISTS } from "../../src/lists/builtin.js";
import type { ReferenceLists } from "../../src/lists/types.js";
import { DEFAULT_UNIT_FACTORS } from "../../src/time/duration.js";
import type { AnyRule, JsonPath, ReportDescriptor } from "../../src/rules/types.js";

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

export interface RunOptions {
  options?: Record<string, unknown>;
  lists?: Partial<ReferenceLists>;
}

export function runItemRule(rule: AnyRule, item: Item | string, run: RunOptions = {}): ReportDescriptor[] {
  const record = typeof item === "string" ? (load(item) as Item) : item;
  const reports: ReportDescriptor[] = [];
  rule.check?.({
    item: record,
    options: { ...(rule.defaultOptions ?? {}), ...(run.options ?? {}) },
    lists: { ...BUILTIN_LISTS, ...(run.lists ?? {}) },
    unitFactors: DEFAULT_UNIT_FACTORS,
    report: (descriptor) => reports.push(descriptor),
  });
  return reports;
}

interface ValidCase extends RunOptions {
  name: string;
  item: Item | string;
}

interface ExpectedFinding {
  messageId: string;
  path: JsonPath;
  /** When given, the finding must carry a fix with this value. */
  fix?: string | number | boolean | null;
}

interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

export function testRule(rule: AnyRule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    if (cases.valid.length > 0) {
      it.each(cases.valid)("valid: $name", (testCase) => {
        expect(runItemRule(rule, testCase.item, testCase)).toEqual([]);
      });
    }
    if (cases.invalid.length > 0) {
      it.each(cases.invalid)("invalid: $name", (testCase) => {
        expect(testCase.errors.length, "an invalid case must expect at least one finding").toBeGreaterThan(0);
        const found = runItemRule(rule, testCase.item, testCase);
        expect(found.map((f) => ({ messageId: f.messageId, path: [...f.path] }))).toEqual(
          testCase.errors.map((e) => ({ messageId: e.messageId, path: [...e.path] })),
        );
        testCase.errors.forEach((expected, i) => {
          if (expected.fix !== undefined) expect(found[i].fix?.value).toEqual(expected.fix);
          expect(Object.keys(rule.messages)).toContain(found[i].messageId);
        });
      });
    }
  });
}
