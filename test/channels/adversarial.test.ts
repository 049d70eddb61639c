// Long hostile strings in every field must come back at once: every scan in src/channels is a loop
// or a regex that cannot backtrack on itself.
import { readFileSync } from "node:fs";
import path from "node:path";
import { CORE_SCHEMA, load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { compareRecords } from "../../src/channels/compare.js";
import { COMPARED_FIELDS } from "../../src/channels/views/field-view.js";
import { viewField } from "../../src/channels/views/view-field.js";

const MASTER = load(readFileSync(path.resolve(import.meta.dirname, "../../fixtures/channels/master.yaml"), "utf8"), { schema: CORE_SCHEMA }) as Record<string, unknown>;
const SIZE = 100_000;

// Runs that defeat naive regexes: trailing-stop runs ending in a letter, numerals with no unit,
// nested or unclosed 《, separators, 第 after 第, digits and dots, brackets, blanks.
const STRINGS: Record<string, string> = {
  stops: "。".repeat(SIZE) + "a",
  spaces: " ".repeat(SIZE) + "x",
  numerals: "二".repeat(SIZE),
  numeralsThenUnit: "一二三四五六七八九十".repeat(SIZE / 10) + "个",
  openTitles: "《".repeat(SIZE),
  titles: "《a》".repeat(SIZE / 3),
  di: "第".repeat(SIZE),
  diNumeral: "第一".repeat(SIZE / 2),
  digitsDots: "1.".repeat(SIZE / 2),
  separators: "；、,/".repeat(SIZE / 4),
  brackets: "（(【".repeat(SIZE / 3),
  within: "内".repeat(SIZE),
  levels: "级".repeat(SIZE),
  mixed: "受理之日起".repeat(SIZE / 5),
};

// Linear work on 100 KB takes milliseconds; a quadratic scan would take minutes. The budgets are
// loose so that a slow machine does not fail them, and tight enough to catch the latter.
const CALL_BUDGET_MS = 500;
const RECORD_BUDGET_MS = 5000;

const timed = <T>(f: () => T): [T, number] => {
  const started = performance.now();
  const result = f();
  return [result, performance.now() - started];
};

describe("100 KB adversarial strings", () => {
  for (const [kind, text] of Object.entries(STRINGS)) {
    it(`${kind}: every field, as a value, a list entry, a limit and an attribute`, { timeout: 30_000 }, () => {
      const entry = { name: text, place: text, law: text, article: text, form: text, copies: text, hours: text };
      for (const field of COMPARED_FIELDS) {
        for (const value of [text, [text, entry], { legal: text, promised: { value: text, unit: text, note: text } }]) {
          const [, ms] = timed(() => viewField(field, value));
          expect(ms, `${field} ${JSON.stringify(value).slice(0, 40)}`).toBeLessThan(CALL_BUDGET_MS);
        }
      }
      const channel: Record<string, unknown> = { code: MASTER.code };
      for (const field of COMPARED_FIELDS) channel[field] = text;
      channel.timeLimit = { legal: text, promised: { value: text, unit: text, note: text } };
      channel.materials = [{ name: text, form: text, copies: text, necessity: text }, { name: "营业执照", form: text }];
      channel.address = [{ place: text, street: text, hours: text }];
      channel.fee = { charged: text, basis: text, items: [{ name: text, standard: text }] };
      const [found, ms] = timed(() => compareRecords(MASTER, channel));
      expect(found.length).toBeGreaterThan(0);
      expect(ms).toBeLessThan(RECORD_BUDGET_MS);
    });
  }

  it("a record compared with itself has no mismatch, whatever its texts", () => {
    for (const text of Object.values(STRINGS)) {
      const short = text.slice(0, 5000);
      const record = Object.fromEntries(COMPARED_FIELDS.map((f) => [f, short]));
      record.materials = [{ name: short, form: short, copies: short }];
      record.address = [{ place: short, hours: short }];
      record.timeLimit = { legal: short, promised: short };
      expect(compareRecords(record, record)).toEqual([]);
    }
  });

  it("many entries: 20,000 materials and legal bases with one name", () => {
    const started = performance.now();
    const materials = Array.from({ length: 20_000 }, () => ({ name: "营业执照", form: "copy" }));
    const basis = Array.from({ length: 20_000 }, () => "《食品安全法》第三十五条").join("；");
    const found = compareRecords({ ...MASTER, materials }, { code: MASTER.code, materials: materials.slice(1), legalBasis: basis });
    expect(found.map((m) => m.field)).toEqual(["legalBasis", "materials"]);
    expect(performance.now() - started).toBeLessThan(RECORD_BUDGET_MS);
  });

  it("values of every JSON type never throw", () => {
    const odd: unknown[] = [0, -1, NaN, Infinity, true, false, {}, [], [[]], [null], { value: {} }, "", "   ", Symbol.for("x"), () => 1, 10n];
    for (const value of odd) {
      for (const field of COMPARED_FIELDS) {
        expect(() => viewField(field, value)).not.toThrow();
        expect(() => compareRecords({ [field]: value }, { [field]: value })).not.toThrow();
        expect(() => compareRecords(MASTER, { [field]: value })).not.toThrow();
        expect(() => compareRecords({ [field]: { legal: value, promised: value, charged: value, items: value } }, { [field]: value })).not.toThrow();
      }
    }
    expect(compareRecords(null as never, undefined as never)).toEqual([]);
  });
});
