import { describe, expect, it } from "vitest";
import { parseDataText } from "../../src/source/data-file.js";
import { jsonErrorOffset } from "../../src/source/json-error-offset.js";

describe("where a JSON text breaks", () => {
  it.each([
    ['{"a": 1}', undefined],
    ['[1, 2.5e3, -0, "x\\u00e9\\n", true, false, null, {}, []]', undefined],
    ['  {"a": [ {"b": {}} ]}\n', undefined],
    ['{"a": 1,}', 8],
    ["[1, 2", 5],
    ['{"a" 1}', 5],
    ["[01]", 2],
    ['["tab\there"]', 1],
    ['["\\x"]', 1],
    ["[1] [2]", 4],
    ["", 0],
    ["{'a': 1}", 1],
  ])("%j breaks at %s", (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it("agrees with JSON.parse on every one-character deletion of a valid document", () => {
    const valid = JSON.stringify([{ code: "1151", name: '食品 "经营"', n: -1.5e-3, ok: true, none: null, list: [1, [2, {}]] }], null, 1);
    for (let i = 0; i < valid.length; i++) {
      const text = valid.slice(0, i) + valid.slice(i + 1);
      let parses = true;
      try {
        JSON.parse(text);
      } catch {
        parses = false;
      }
      expect(jsonErrorOffset(text) === undefined, `without character ${i}`).toBe(parses);
    }
  });

  it("gives a broken JSON list snapshot its line, where Node names no position", () => {
    const text = '[\n  {"code": "1"},\n  {"code": "2",}\n]\n';
    expect(parseDataText(text, "kiosk.json")).toMatchObject({ ok: false, line: 3 });
  });

  it("stays iterative: 100,000 nested lists do not overflow the stack", () => {
    expect(jsonErrorOffset(`${"[".repeat(100_000)}${"]".repeat(100_000)}`)).toBeUndefined();
    expect(jsonErrorOffset(`${"[".repeat(100_000)}`)).toBe(100_000);
  });
});
