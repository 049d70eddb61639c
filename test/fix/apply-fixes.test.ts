import { describe, expect, it } from "vitest";
import { applyFixes } from "../../src/fix/apply-fixes.js";

describe("applyFixes", () => {
  it("replaces only the scalar's bytes: comments, spacing and key order stay", () => {
    const text = "# head\nname: 食品经营许可(新办)   # trailing note\nphone: ０８２５－５４３２１００\n";
    const out = applyFixes(text, [
      { path: ["name"], value: "食品经营许可（新办）" },
      { path: ["phone"], value: "0825-5432100" },
    ]);
    expect(out).toEqual({
      text: "# head\nname: 食品经营许可（新办）   # trailing note\nphone: 0825-5432100\n",
      applied: 2,
      appliedPaths: [["phone"], ["name"]],
      skipped: [],
    });
  });

  it("keeps the old quoting, and quotes a plain value that would read as a number", () => {
    expect(
      applyFixes("a: \"x\"\nb: 'y'\n", [
        { path: ["a"], value: "x'1" },
        { path: ["b"], value: "it's" },
      ]).text,
    ).toBe("a: \"x'1\"\nb: 'it''s'\n");
    expect(applyFixes("phone: ０８２５５４３２１００\n", [{ path: ["phone"], value: "08255432100" }]).text).toBe('phone: "08255432100"\n');
    expect(applyFixes("a: x\n", [{ path: ["a"], value: "b: c" }]).text).toBe('a: "b: c"\n');
  });

  it("fixes inside flow collections and lists, quoting what would break the flow", () => {
    const text = "list:\n  - { name: a(b), n: 1 }\n";
    expect(applyFixes(text, [{ path: ["list", 0, "name"], value: "a（b）" }]).text).toBe("list:\n  - { name: a（b）, n: 1 }\n");
    expect(applyFixes(text, [{ path: ["list", 0, "name"], value: "a, b" }]).text).toBe('list:\n  - { name: "a, b", n: 1 }\n');
  });

  it("is idempotent: a value already right is nothing to do", () => {
    const text = "name: 食品经营许可（新办）\n";
    expect(applyFixes(text, [{ path: ["name"], value: "食品经营许可（新办）" }])).toEqual({ text, applied: 0, appliedPaths: [], skipped: [] });
  });

  it("keeps a BOM and CRLF line ends", () => {
    const text = "\uFEFFa: 1\r\nname: x(y)\r\n";
    expect(applyFixes(text, [{ path: ["name"], value: "x（y）" }]).text).toBe("\uFEFFa: 1\r\nname: x（y）\r\n");
  });

  it("skips what it cannot fix safely: missing paths, block scalars, aliases, broken files", () => {
    expect(applyFixes("a: 1\n", [{ path: ["b"], value: "x" }]).skipped).toHaveLength(1);
    expect(applyFixes("a: |\n  x\n", [{ path: ["a"], value: "y" }]).skipped).toHaveLength(1);
    expect(applyFixes("a: &v x\nb: *v\n", [{ path: ["b"], value: "y" }]).skipped).toHaveLength(1);
    const broken = "a: [1\n";
    expect(applyFixes(broken, [{ path: ["a"], value: "y" }]).text).toBe(broken);
  });

  it("writes a mapping where a scalar stood, as a one-line flow mapping, the comment after it kept", () => {
    const text = "timeLimit:\n  legal: 20个工作日   # 法定\n  promised: { value: 5, unit: working-day }\n";
    const out = applyFixes(text, [{ path: ["timeLimit", "legal"], value: { value: 20, unit: "working-day" } }]);
    expect(out.text).toBe("timeLimit:\n  legal: { value: 20, unit: working-day }   # 法定\n  promised: { value: 5, unit: working-day }\n");
    // In a list, in quotes, and with a text that needs its own quotes.
    expect(applyFixes('a:\n  - "x"\n', [{ path: ["a", 0], value: { note: "a, b", n: 1 } }]).text).toBe('a:\n  - { note: "a, b", n: 1 }\n');
  });

  it("removes a block-list entry with its lines; the comments around it stay", () => {
    const text = "m:\n  - name: a\n    n: 1   # of a\n  # before b\n  - name: b\n    n: 2\n  - name: c\nz: 1\n";
    expect(applyFixes(text, [{ path: ["m", 0], remove: true }]).text).toBe("m:\n  # before b\n  - name: b\n    n: 2\n  - name: c\nz: 1\n");
    expect(applyFixes(text, [{ path: ["m", 2], remove: true }]).text).toBe("m:\n  - name: a\n    n: 1   # of a\n  # before b\n  - name: b\n    n: 2\nz: 1\n");
    // Two entries at once, and a value inside a removed entry is nothing to write.
    const both = applyFixes(text, [
      { path: ["m", 0], remove: true },
      { path: ["m", 0, "name"], value: "x" },
      { path: ["m", 2], remove: true },
    ]);
    expect(both.text).toBe("m:\n  # before b\n  - name: b\n    n: 2\nz: 1\n");
    expect(both.applied).toBe(2);
  });

  it("does not remove what it cannot remove cleanly", () => {
    const reasons = (text: string, index = 0) => applyFixes(text, [{ path: ["m", index], remove: true }]).skipped.map((s) => s.reason);
    expect(reasons("m: [a, b]\n")).toEqual(["an entry of a one-line [list]"]);
    expect(reasons("m:\n  - a\n")).toEqual(["the list's only entry (an empty list breaks the schema)"]);
    expect(reasons("m:\n  - a\n", 3)).toEqual(["no list entry at this path"]);
    expect(reasons("m:\n  - - a\n    - b\n  - c\n")).toEqual([]);
  });

  it("quotes a number only when the digits as written are the text", () => {
    expect(applyFixes("code: 510921\n", [{ path: ["code"], value: "510921" }]).text).toBe('code: "510921"\n');
    const lost = applyFixes("code: 0510921\n", [{ path: ["code"], value: "510921" }]);
    expect(lost.applied).toBe(0);
    expect(lost.skipped[0].reason).toMatch(/number as written/);
  });
});
