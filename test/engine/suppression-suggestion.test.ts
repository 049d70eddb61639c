// A misspelt rule id in a suppression comment gets a "did you mean", in both languages.
import { describe, expect, it } from "vitest";
import { directiveProblems, parseDirectives } from "../../src/engine/suppressions.js";
import { findingMessage } from "../../src/i18n/finding-message.js";
import { itemText, runCli, tempDir } from "../support/cli.js";

describe("unknown rule ids in guidelint-disable comments", () => {
  const directives = parseDirectives("# guidelint-disable-next-line phone-fromat, no-such-thing-at-all -- checked\nphone: x\n");
  const problems = directiveProblems(directives, "warning", () => false);

  it("suggest the rule that was meant, and nothing when none is close", async () => {
    expect(problems.map((f) => findingMessage(f, "en"))).toEqual([
      'The suppression names "phone-fromat", which is not a rule (did you mean "phone-format"?); `guidelint rules` lists them.',
      'The suppression names "no-such-thing-at-all", which is not a rule; `guidelint rules` lists them.',
    ]);
    expect(findingMessage(problems[0], "zh-CN")).toBe(
      "抑制注释中的“phone-fromat”不是规则ID（是否应为“phone-format”？）；运行 `guidelint rules` 查看全部规则。",
    );
  });

  it("shows the suggestion in the lint output", async () => {
    const text = itemText({ "phone: 0825-5432100": "# guidelint-disable-next-line runs-targt -- checked\nphone: 0825-5432100" });
    const run = await runCli(["lint", "a.yaml"], { cwd: tempDir({ "a.yaml": text }) });
    expect(run.stdout).toMatch(/"runs-targt", which is not a rule \(did you mean "runs-target"\?\)/);
  });
});
