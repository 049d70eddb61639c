// Long hostile strings in every field must come back in time linear in their length: every scan
// in src/channels is a loop or a regex that cannot backtrack on itself.
import { readFileSync } from "node:fs";
import path from "node:path";
import { CORE_SCHEMA, load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { compareRecords } from "../../src/channels/compare.js";
import { COMPARED_FIELDS } from "../../src/channels/views/field-view.js";
import { viewField } from "../../src/channels/views/view-field.js";

const MASTER = load(readFileSync(path.resolve(import.meta.dirname, "../../fixtures/channels/master.yaml"), "utf8"), { schema: CORE_SCHEMA }) as Record<
  string,
  unknown
>;
const SIZE = 100_000;

// Runs that defeat naive regexes: trailing-stop runs ending in a letter, numerals with no unit,
// nested or unclosed 《, separators, 第 after 第, digits and dots, brackets, blanks.
const hostileStrings = (size: number): Record<string, string> => ({
  stops: `${"。".repeat(size)}a`,
  spaces: `${" ".repeat(size)}x`,
  numerals: "二".repeat(size),
  numeralsThenUnit: `${"一二三四五六七八九十".repeat(size / 10)}个`,
  openTitles: "《".repeat(size),
  titles: "《a》".repeat(size / 3),
  di: "第".repeat(size),
  diNumeral: "第一".repeat(size / 2),
  digitsDots: "1.".repeat(size / 2),
  separators: "；、,/".repeat(size / 4),
  brackets: "（(【".repeat(size / 3),
  within: "内".repeat(size),
  levels: "级".repeat(size),
  mixed: "受理之日起".repeat(size / 5),
});
const STRINGS = hostileStrings(SIZE);
const TENTH = hostileStrings(SIZE / 10);

// Linear work grows 10× from a tenth of the input to all of it; a quadratic scan grows 100×
// (and on 100 KB takes minutes). Today's code measures 11–16× (garbage collection grows with the
// input too); MAX_GROWTH sits between linear and quadratic with room for that and for noise. It is a ratio of two runs of the same code in the same test, in CPU time (which
// a busy machine does not stretch the way it stretches wall-clock time), so it holds on any
// machine, loaded or not; the absolute times are the bench's (scripts/bench.mjs, "adversarial").
const MAX_GROWTH = 35;

/** CPU milliseconds this process spent in `work` (every thread of it: vitest.config.ts gives this file a process of its own). */
function cpuMs(work: () => unknown): number {
  const started = process.cpuUsage();
  work();
  const spent = process.cpuUsage(started);
  return (spent.user + spent.system) / 1000;
}

/**
 * How many times longer `work` takes on the whole input than on a tenth of it, and what it gave
 * on the whole. The tenth runs three times and the best counts: that leaves out the first run's
 * compiling, and noise only ever adds.
 */
function growth<T>(work: (size: "tenth" | "whole") => T): [ratio: number, whole: T] {
  const tenth = Math.min(
    cpuMs(() => work("tenth")),
    cpuMs(() => work("tenth")),
    cpuMs(() => work("tenth")),
  );
  let result: T | undefined;
  const whole = cpuMs(() => (result = work("whole")));
  // A tenth that runs below the clock's resolution would make any ratio huge: count it as 0.1 ms.
  return [whole / Math.max(tenth, 0.1), result as T];
}

/** Every field viewed as a value, a list entry, a limit and an attribute. */
function viewEveryField(text: string): void {
  const entry = { name: text, place: text, law: text, article: text, form: text, copies: text, hours: text };
  for (const field of COMPARED_FIELDS) {
    for (const value of [text, [text, entry], { legal: text, promised: { value: text, unit: text, note: text } }]) viewField(field, value);
  }
}

/** A channel record with the text in every field, compared with the master. */
function compareHostileRecord(text: string) {
  const channel: Record<string, unknown> = { code: MASTER.code };
  for (const field of COMPARED_FIELDS) channel[field] = text;
  channel.timeLimit = { legal: text, promised: { value: text, unit: text, note: text } };
  channel.materials = [
    { name: text, form: text, copies: text, necessity: text },
    { name: "营业执照", form: text },
  ];
  channel.address = [{ place: text, street: text, hours: text }];
  channel.fee = { charged: text, basis: text, items: [{ name: text, standard: text }] };
  return compareRecords(MASTER, channel);
}

describe("the growth measure", () => {
  it("tells a quadratic scan from a linear one", () => {
    // /a*b/ on a run of a's tries every start and scans to the end: the backtracking this file guards against.
    const runs = { tenth: "a".repeat(2_000), whole: "a".repeat(20_000) };
    expect(growth((size) => runs[size].search(/a*b/))[0]).toBeGreaterThan(MAX_GROWTH);
    expect(growth((size) => runs[size].search(/b/))[0]).toBeLessThan(MAX_GROWTH);
  });
});

describe("100 KB adversarial strings", () => {
  for (const [kind, text] of Object.entries(STRINGS)) {
    it(`${kind}: every field, as a value, a list entry, a limit and an attribute`, () => {
      const texts = { tenth: TENTH[kind], whole: text };
      const [ratio, found] = growth((size) => {
        viewEveryField(texts[size]);
        return compareHostileRecord(texts[size]);
      });
      expect(found.length).toBeGreaterThan(0);
      expect(ratio, `${kind}: CPU time on 100 KB / on 10 KB`).toBeLessThan(MAX_GROWTH);
    });
  }

  it("a record compared with itself has no mismatch, whatever its texts", () => {
    for (const text of Object.values(STRINGS)) {
      const short = text.slice(0, 5000);
      const record: Record<string, unknown> = Object.fromEntries(COMPARED_FIELDS.map((f) => [f, short]));
      record.materials = [{ name: short, form: short, copies: short }];
      record.address = [{ place: short, hours: short }];
      record.timeLimit = { legal: short, promised: short };
      expect(compareRecords(record, record)).toEqual([]);
    }
  });

  it("many entries: 20,000 materials and legal bases with one name", () => {
    const compareMany = (count: number) => {
      const materials = Array.from({ length: count }, () => ({ name: "营业执照", form: "copy" }));
      const basis = Array.from({ length: count }, () => "《食品安全法》第三十五条").join("；");
      return compareRecords({ ...MASTER, materials }, { code: MASTER.code, materials: materials.slice(1), legalBasis: basis });
    };
    const [ratio, found] = growth((size) => compareMany(size === "whole" ? 20_000 : 2_000));
    expect(found.map((m) => m.field)).toEqual(["legalBasis", "materials"]);
    expect(ratio, "CPU time on 20,000 entries / on 2,000").toBeLessThan(MAX_GROWTH);
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
