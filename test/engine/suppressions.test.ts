import { describe, expect, it } from "vitest";
import { applySuppressions, directiveProblems, parseDirectives, unusedDirectives } from "../../src/engine/suppressions.js";
import type { Finding } from "../../src/engine/result.js";

const finding = (ruleId: string, line: number): Finding => ({
  ruleId,
  severity: "warning",
  messageId: "m",
  data: {},
  path: [],
  line,
  column: 1,
  endLine: line,
  endColumn: 2,
});

const isRule = (id: string) => ["phone-format", "name-format"].includes(id);

describe("parseDirectives", () => {
  it("skips texts without the marker", () => {
    expect(parseDirectives("a: 1\n# just a comment\n")).toEqual([]);
  });

  it("reads ids, reason and the next non-comment line", () => {
    const [d] = parseDirectives("a: 1\n  # guidelint-disable-next-line phone-format, name-format -- checked 2026-11\n\n  # other\nphone: x\n");
    expect(d).toMatchObject({ kind: "next-line", ruleIds: ["phone-format", "name-format"], reason: "checked 2026-11", line: 2, column: 3, targetLine: 5 });
  });

  it("takes file-wide directives only from the leading comment block; a later one is misplaced", () => {
    const ds = parseDirectives("# modeline\n# guidelint-disable phone-format -- legacy\ncode: x\n# guidelint-disable name-format -- too late\n");
    expect(ds.filter((d) => d.kind === "file")).toHaveLength(1);
    expect(ds[0]).toMatchObject({ kind: "file", ruleIds: ["phone-format"], reason: "legacy" });
    // It used to be dropped without a word; now it suppresses nothing and says so (disable-directive).
    expect(ds[1]).toMatchObject({ kind: "misplaced", ruleIds: ["name-format"], line: 4 });
  });

  it("has no reason when nothing follows --, and ignores a trailing comment", () => {
    expect(parseDirectives("# guidelint-disable-next-line phone-format --\na: 1\n")[0].reason).toBeUndefined();
    const [d] = parseDirectives("# guidelint-disable-next-line phone-format  # note\na: 1\n");
    expect(d.ruleIds).toEqual(["phone-format"]);
    expect(d.reason).toBeUndefined();
  });

  it("does not mistake other words for directives", () => {
    expect(parseDirectives("# guidelint-disabled phone-format -- x\na: 1\n")).toEqual([]);
  });
});

describe("applySuppressions", () => {
  it("suppresses the named rules on the target line only, with the reason", () => {
    const ds = parseDirectives("# m\na: 1\n# guidelint-disable-next-line phone-format -- ok\nphone: x\nname: y\n");
    const { kept, suppressed } = applySuppressions([finding("phone-format", 4), finding("name-format", 4), finding("phone-format", 5)], ds);
    expect(suppressed).toEqual([{ ...finding("phone-format", 4), reason: "ok" }]);
    expect(kept.map((f) => `${f.line}:${f.ruleId}`)).toEqual(["4:name-format", "5:phone-format"]);
    expect(ds[0].used).toBe(true);
  });

  it("file-wide: every line; never the directive rule itself or yaml-syntax", () => {
    const ds = parseDirectives("# guidelint-disable -- all of it\na: 1\n");
    const { kept, suppressed } = applySuppressions([finding("phone-format", 9), finding("yaml-syntax", 2), finding("disable-directive", 1)], ds);
    expect(suppressed).toHaveLength(1);
    expect(kept.map((f) => f.ruleId)).toEqual(["yaml-syntax", "disable-directive"]);
  });
});

describe("directive findings", () => {
  it("reports a missing reason and unknown ids", () => {
    const ds = parseDirectives("# guidelint-disable-next-line phone-formats\na: 1\n");
    expect(directiveProblems(ds, "warning", isRule).map((f) => f.messageId)).toEqual(["missingReason", "unknownRule"]);
  });

  it("reports unused directives", () => {
    const ds = parseDirectives("# guidelint-disable-next-line phone-format -- x\na: 1\n# guidelint-disable-next-line name-format -- y\nname: z\n");
    applySuppressions([finding("name-format", 4)], ds);
    expect(unusedDirectives(ds, "warning").map((f) => `${f.line}:${f.messageId}`)).toEqual(["1:unused"]);
  });
});
