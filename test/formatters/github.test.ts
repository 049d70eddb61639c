import { describe, expect, it } from "vitest";
import type { Finding, LintResult } from "../../src/engine/result.js";
import { GITHUB_MAX_PER_LEVEL, escapeData, escapeProperty, github } from "../../src/formatters/github.js";
import { context, lintFixture } from "./support.js";

/** Undo the toolkit's escaping, as the runner does. */
const unescapeToolkit = (s: string) => s.replace(/%2C/g, ",").replace(/%3A/g, ":").replace(/%0A/g, "\n").replace(/%0D/g, "\r").replace(/%25/g, "%");

function parse(line: string) {
  const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const props = Object.fromEntries(
    (m[2] ?? "")
      .split(",")
      .filter(Boolean)
      .map((kv) => kv.split("="))
      .map(([k, v]) => [k, unescapeToolkit(v)]),
  );
  return { level: m[1], props, message: unescapeToolkit(m[3]) };
}

describe("github (Actions annotations)", () => {
  it("escapes data and properties as the Actions toolkit does", () => {
    expect(escapeData("100%\r\nnext: a,b")).toBe("100%25%0D%0Anext: a,b");
    expect(escapeProperty("C:\\a,b%\n")).toBe("C%3A\\a%2Cb%25%0A");
  });

  it("prints one command per finding with 1-based positions and the rule as title, errors first", async () => {
    const { result } = await lintFixture();
    const lines = github(result, context()).trimEnd().split("\n");
    const findings = result.results.flatMap((r) => r.findings.map((f) => ({ file: r.file, f })));
    expect(lines).toHaveLength(findings.length);
    const parsed = lines.map(parse);
    const levels = parsed.map((p) => p.level);
    expect(levels).toEqual([...levels].sort()); // "error" < "warning": every error before any warning
    const comma = parsed.find((p) => p.props.file === "catalog/sub dir/b,c.yaml");
    expect(comma).toBeDefined();
    expect(lines.find((l) => l.includes("b%2Cc.yaml"))).toBeDefined();
    const a = findings.find(({ f }) => f.ruleId === "time-limit-exceeds-legal")!;
    expect(parsed.find((p) => p.props.title === "time-limit-exceeds-legal")!.props).toEqual({
      file: a.file,
      line: String(a.f.line),
      endLine: String(a.f.endLine),
      col: String(a.f.column),
      endColumn: String(a.f.endColumn),
      title: "time-limit-exceeds-legal",
    });
  });

  it("escapes the property values of a command", async () => {
    const { result } = await lintFixture();
    const f = result.results.find((r) => r.findings.length)!;
    const odd: Finding = { ...f.findings[0], ruleId: "no-such-rule", messageId: "x" }; // message falls back to "rule/messageId"
    const text = github({ ...result, results: [{ ...f, file: "a:b,c%.yaml", findings: [odd] }] }, context());
    expect(text).toBe(
      `::${odd.severity} file=a%3Ab%2Cc%25.yaml,line=${odd.line},endLine=${odd.endLine},col=${odd.column},endColumn=${odd.endColumn},title=no-such-rule::no-such-rule/x\n`,
    );
  });

  it("shows at most 10 per level, then one notice pointing to the job summary", async () => {
    const { result } = await lintFixture();
    const all = result.results.flatMap((r) => r.findings);
    const error = all.find((f) => f.severity === "error")!;
    const warning = all.find((f) => f.severity === "warning")!;
    const many: LintResult = {
      ...result,
      results: [{ ...result.results[0], findings: [...Array(4).fill(warning), ...Array(13).fill(error), ...Array(12).fill(warning)] }],
    };
    const lines = github(many, context("en", { stepSummary: true }))
      .trimEnd()
      .split("\n")
      .map(parse);
    expect(lines.filter((l) => l.level === "error")).toHaveLength(GITHUB_MAX_PER_LEVEL);
    expect(lines.filter((l) => l.level === "warning")).toHaveLength(GITHUB_MAX_PER_LEVEL);
    expect(lines.slice(0, 10).every((l) => l.level === "error")).toBe(true);
    expect(lines.at(-1)).toEqual({ level: "notice", props: {}, message: "9 more findings: see the job summary" });
    expect(lines).toHaveLength(21);
    // Without a job summary (outside Actions, or no summary file), the notice says how to see them all.
    const alone = github(many, context()).trimEnd().split("\n").map(parse);
    expect(alone.at(-1)?.message).toBe("9 more findings not shown here (GitHub shows 10 per level): --format markdown or json lists them all");
  });

  it("prints nothing for a clean catalog", async () => {
    const { result } = await lintFixture({ "catalog/a.yaml": (await import("../support/cli.js")).itemText() });
    expect(github(result, context())).toBe("");
  });
});
