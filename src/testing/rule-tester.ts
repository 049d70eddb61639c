// Table testers for rules, after ESLint's RuleTester: each case states its input and the findings
// it must produce. They check what a reviewer would otherwise miss: a message that leaves a
// `{{placeholder}}` unfilled in either language, a fix from a rule that says it is not fixable,
// the same case twice, options the rule's own schema rejects, and (for YAML text) the line and
// column a finding lands on, and (for YAML text) the text each fix and suggestion leaves. They need no particular test framework: give them `describe` and `it`
// (vitest's, mocha's, node:test's) and they assert with node:assert.
import assert from "node:assert/strict";
import type { BaseCatalog } from "../catalog/base-catalog.js";
import { extractFacts, type ItemFacts } from "../catalog/facts.js";
import { COMPARED_FIELDS } from "../channels/views/field-view.js";
import { parseYaml } from "../engine/parse.js";
import { createLocator } from "../engine/positions.js";
import { LANGS } from "../i18n/localized.js";
import { renderText } from "../i18n/render.js";
import { BUILTIN_LISTS } from "../lists/builtin.js";
import type { ReferenceLists } from "../lists/types.js";
import type { AnyCatalogRule, AnyItemRule, CatalogReport, ReportDescriptor } from "../rules/types.js";
import { createAjv } from "../schema/ajv.js";
import { DEFAULT_UNIT_FACTORS } from "../time/duration.js";
import { applyFixes, type PlannedFix } from "../fix/apply-fixes.js";
import type { FixEdit, FixValue, JsonPath, MessageValue } from "../vocabulary.js";

type Item = Record<string, unknown>;

/** The test framework's two functions the testers register cases with. */
export interface TestFramework {
  describe: (name: string, body: () => void) => void;
  it: (name: string, body: () => void) => void;
}

export interface RunOptions {
  options?: Record<string, unknown>;
  lists?: Partial<ReferenceLists>;
}

export interface ValidCase extends RunOptions {
  name: string;
  /** A record, or YAML text (then findings can be checked for line and column). */
  item: Item | string;
}

export interface ExpectedFinding {
  messageId: string;
  path: JsonPath;
  /** When given, the finding must carry a fix with this value. */
  fix?: FixValue;
  /** When given (YAML text items only), the item's text after each suggestion, applied alone, in order. */
  suggestions?: Array<{ output: string }>;
  /** When given (YAML text items only), where the finding starts, 1-based. */
  line?: number;
  column?: number;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
  /**
   * YAML text items only: the text after every safe fix of the case is applied (as `guidelint fix`
   * applies them: comments and layout kept); `null` when the case must offer no safe fix.
   */
  output?: string | null;
}

const planned = (edit: FixEdit, findingPath: JsonPath): PlannedFix =>
  "remove" in edit ? { path: edit.path, remove: true } : { path: edit.path ?? findingPath, value: edit.value };

/** The text after the edits; fails the case when one cannot be applied. */
function applied(text: string, edits: readonly PlannedFix[]): string {
  const outcome = applyFixes(text, edits);
  assert.deepEqual(outcome.skipped, [], "every fix applies");
  return outcome.text;
}

/** Runs an item rule on one record with its default options merged with the case's. */
export function runItemRule(rule: AnyItemRule, item: Item | string, run: RunOptions = {}): ReportDescriptor[] {
  const record = typeof item === "string" ? recordOf(item) : item;
  const reports: ReportDescriptor[] = [];
  rule.check({
    item: record,
    options: { ...(rule.defaultOptions ?? {}), ...(run.options ?? {}) },
    lists: { ...BUILTIN_LISTS, ...(run.lists ?? {}) },
    unitFactors: DEFAULT_UNIT_FACTORS,
    report: (descriptor) => reports.push(descriptor),
  });
  return reports;
}

export function testRule(framework: TestFramework, rule: AnyItemRule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const checkOptions = optionsChecker(rule);
  rejectDuplicates(
    rule.id,
    [...cases.valid, ...cases.invalid].map((c) => ({ name: c.name, key: JSON.stringify([c.item, c.options ?? {}, c.lists ?? {}]) })),
  );
  framework.describe(rule.id, () => {
    for (const testCase of cases.valid) {
      framework.it(`valid: ${testCase.name}`, () => {
        checkOptions(testCase.options);
        assert.deepEqual(runItemRule(rule, testCase.item, testCase), []);
      });
    }
    for (const testCase of cases.invalid) {
      framework.it(`invalid: ${testCase.name}`, () => {
        assert.ok(testCase.errors.length > 0, "an invalid case must expect at least one finding");
        checkOptions(testCase.options);
        const found = runItemRule(rule, testCase.item, testCase);
        assert.deepEqual(
          found.map((f) => ({ messageId: f.messageId, path: [...f.path] })),
          testCase.errors.map((e) => ({ messageId: e.messageId, path: [...e.path] })),
        );
        const locator = typeof testCase.item === "string" ? createLocator(testCase.item) : undefined;
        if (testCase.output !== undefined) {
          assert.ok(typeof testCase.item === "string", "output can be checked only for an item given as YAML text");
          const fixes = found.flatMap((f) => (f.fix ? [planned(f.fix, f.path)] : []));
          if (testCase.output === null) assert.deepEqual(fixes, [], "the case offers no safe fix");
          else assert.equal(applied(testCase.item, fixes), testCase.output, "the text after the fixes");
        }
        testCase.errors.forEach((expected, i) => {
          checkReport(rule, found[i]);
          if (expected.suggestions !== undefined) {
            assert.ok(typeof testCase.item === "string", "suggestions can be checked only for an item given as YAML text");
            const outputs = (found[i].suggestions ?? []).map((s) => ({ output: applied(testCase.item as string, [planned(s.fix, found[i].path)]) }));
            assert.deepEqual(outputs, expected.suggestions, "the text after each suggestion");
          }
          if (expected.fix !== undefined) assert.deepEqual(found[i].fix?.value, expected.fix, "the fix");
          if (expected.line !== undefined || expected.column !== undefined) {
            assert.ok(locator, "line and column can be checked only for an item given as YAML text");
            const at = locator.locate(found[i].path, found[i].anchor);
            if (expected.line !== undefined) assert.equal(at.line, expected.line, "line");
            if (expected.column !== undefined) assert.equal(at.column, expected.column, "column");
          }
        });
      });
    }
  });
}

export interface CatalogCase extends RunOptions {
  name: string;
  /** Item records by file path (display form, e.g. `catalog/a.yaml`). */
  items: Record<string, Item | string>;
  baseCatalog?: BaseCatalog;
}

export interface ExpectedCatalogFinding {
  messageId: string;
  file: string;
  path: JsonPath;
}

/**
 * A table tester for catalog rules over facts (no files): each case's items become the compact
 * facts the engine gives the rule. Channel rules need snapshots on disk: the catalog fixtures
 * (fixtures/rules/<id>/) test those.
 */
export function testCatalogRule(
  framework: TestFramework,
  rule: AnyCatalogRule,
  cases: { valid: CatalogCase[]; invalid: Array<CatalogCase & { errors: ExpectedCatalogFinding[] }> },
): void {
  const checkOptions = optionsChecker(rule);
  rejectDuplicates(
    rule.id,
    [...cases.valid, ...cases.invalid].map((c) => ({ name: c.name, key: JSON.stringify([c.items, c.options ?? {}]) })),
  );
  const run = (testCase: CatalogCase): CatalogReport[] => {
    checkOptions(testCase.options);
    const options = { ...(rule.defaultOptions ?? {}), ...(testCase.options ?? {}) };
    const fields = rule.facts?.(options) ?? COMPARED_FIELDS;
    const items: ItemFacts[] = Object.entries(testCase.items).map(([file, item]) =>
      extractFacts(typeof item === "string" ? recordOf(item) : item, { file, filePath: file }, true, fields),
    );
    const reports: CatalogReport[] = [];
    rule.checkCatalog({ items, options, baseCatalog: testCase.baseCatalog, channels: [], report: (r) => reports.push(r) });
    return reports;
  };
  framework.describe(rule.id, () => {
    for (const testCase of cases.valid) framework.it(`valid: ${testCase.name}`, () => assert.deepEqual(run(testCase), []));
    for (const testCase of cases.invalid) {
      framework.it(`invalid: ${testCase.name}`, () => {
        assert.ok(testCase.errors.length > 0, "an invalid case must expect at least one finding");
        const found = run(testCase);
        const key = (f: ExpectedCatalogFinding) => JSON.stringify([f.file, [...f.path], f.messageId]);
        assert.deepEqual(
          found.map((r) => key({ messageId: r.messageId, file: r.target.filePath, path: r.target.path })).sort(),
          testCase.errors.map(key).sort(),
        );
        for (const report of found) checkRendered(rule, report.messageId, report.data ?? {});
      });
    }
  });
}

function recordOf(text: string): Item {
  const parsed = parseYaml(text);
  assert.ok("value" in parsed && typeof parsed.value === "object" && parsed.value !== null, "the case's YAML must hold a record");
  return parsed.value as Item;
}

function checkReport(rule: AnyItemRule, report: ReportDescriptor): void {
  if (report.fix) assert.ok(rule.fixable, `${rule.id} reports a fix but does not declare itself fixable`);
  if (report.suggestions?.length) {
    assert.ok(rule.hasSuggestions, `${rule.id} reports suggestions but does not declare hasSuggestions`);
    for (const suggestion of report.suggestions) {
      for (const lang of LANGS) assert.ok(suggestion.desc[lang]?.trim(), `${rule.id}: a suggestion has no description in ${lang}`);
    }
  }
  checkRendered(rule, report.messageId, report.data ?? {});
}

/** The message exists and renders completely in every language. */
function checkRendered(rule: AnyItemRule | AnyCatalogRule, messageId: string, data: Record<string, MessageValue>): void {
  const message = (rule.messages as Record<string, Parameters<typeof renderText>[0]>)[messageId];
  assert.ok(message, `${rule.id} reports an undeclared message id "${messageId}"`);
  for (const lang of LANGS) {
    const text = renderText(message, data, lang);
    assert.doesNotMatch(text, /\{\{[^}]*\}\}/, `${rule.id}/${messageId} leaves a placeholder unfilled in ${lang}: ${text}`);
  }
}

function rejectDuplicates(ruleId: string, cases: Array<{ name: string; key: string }>): void {
  const seen = new Map<string, string>();
  for (const { name, key } of cases) {
    const earlier = seen.get(key);
    if (earlier !== undefined) throw new Error(`${ruleId}: case "${name}" repeats case "${earlier}"`);
    seen.set(key, name);
  }
}

/** Options a case gives must be options the rule's schema accepts (the config loader would refuse others). */
function optionsChecker(rule: AnyItemRule | AnyCatalogRule): (options: Record<string, unknown> | undefined) => void {
  const validate = rule.optionsSchema ? createAjv().compile(rule.optionsSchema) : undefined;
  return (options) => {
    if (options === undefined) return;
    assert.ok(validate, `${rule.id} takes no options, but the case gives some`);
    assert.ok(validate({ ...(rule.defaultOptions ?? {}), ...options }), `${rule.id}: the case's options break its schema: ${JSON.stringify(validate.errors)}`);
  };
}
