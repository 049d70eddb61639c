import { describe, expect, it } from "vitest";
import { applyFixes } from "../../src/fix/apply-fixes.js";

describe("applyFixes", () => {
  it("replaces only the scalar's bytes: comments, spacing and key order stay", () => {
    const text = "# head\nname: 食品经营许可(新办)   # trailing note\nphone: ０８２５－５４３２１００\n";
    const out = applyFixes(text, [
      { path: ["name"], value: "食品经营许可（新办）" },
      { path: ["phone"], value: "0825-5432100" },
    ]);
    expect(out).toEqual({ text: "# head\nname: 食品经营许可（新办）   # trailing note\nphone: 0825-5432100\n", applied: 2, skipped: [] });
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
    expect(applyFixes(text, [{ path: ["name"], value: "食品经营许可（新办）" }])).toEqual({ text, applied: 0, skipped: [] });
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
});
