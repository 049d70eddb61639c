import { describe, expect, it } from "vitest";
import { parseYaml } from "../../src/engine/parse.js";

// The parser points at the first character of a repeated key; the message must name the whole key
// and the range must cover it (it used to say `Duplicate key "r"` for `runs`).
describe("a duplicate key", () => {
  it.each([
    ["a plain key", "code: a\nruns: 0\nruns: 1\n", "runs", { line: 3, column: 1, endLine: 3, endColumn: 5 }],
    ["a double-quoted key", 'code: a\n"runs": 0\n"runs": 1\n', "runs", { line: 3, column: 1, endLine: 3, endColumn: 7 }],
    ["a single-quoted key with a colon in it", "code: a\n'a:b': 0\n'a:b': 1\n", "a:b", { line: 3, column: 1, endLine: 3, endColumn: 6 }],
    ["a Chinese key, spaces before the colon", "code: a\n名称 : 甲\n名称 : 乙\n", "名称", { line: 3, column: 1, endLine: 3, endColumn: 3 }],
    ["a nested key", "timeLimit:\n  legal: 1\n  legal: 2\n", "legal", { line: 3, column: 3, endLine: 3, endColumn: 8 }],
  ])("%s is named whole", (_name, text, key, position) => {
    const parsed = parseYaml(text);
    expect("problems" in parsed && parsed.problems.map((p) => ({ messageId: p.messageId, key: p.data?.key, ...p.position }))).toEqual([
      { messageId: "duplicateKey", key, ...position },
    ]);
  });
});
