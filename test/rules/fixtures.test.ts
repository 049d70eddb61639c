// Every fixture file is linted with ALL rules; its findings must equal its `# expect:` markers
// exactly — what must not fire is checked as strictly as what must.
import { describe, expect, it } from "vitest";
import { findingMessage } from "../../src/i18n/finding-message.js";
import { expectedMarkers, lintFixture, ruleFixtureFiles } from "../support/fixtures.js";

const files = ruleFixtureFiles();

describe("rule fixtures", () => {
  it("exist", () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files)("%s", (file) => {
    const { text, findings } = lintFixture(file);
    const expected = expectedMarkers(text);
    const ruleOfFolder = file.split("/")[1];
    if (file.includes("/invalid/")) {
      expect(
        expected.some((m) => m.endsWith(`:${ruleOfFolder}`)),
        `an invalid fixture needs an \`# expect: ${ruleOfFolder}\` marker`,
      ).toBe(true);
    }
    if (file.includes("/valid/")) expect(expected, "a valid fixture carries no markers").toEqual([]);
    const actual = findings.map((f) => `${f.line}:${f.ruleId}`).sort();
    const explain = findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${findingMessage(f, "en")}`).join("\n");
    expect(actual, explain).toEqual(expected);
  });
});
