// Rule pages are generated where they can be and checked where they cannot (docs/rules/README.md):
// the header and options blocks must be what `npm run docs` writes, the hand-written sections must
// be there in order, and every Failing / Passing example is linted by the real engine.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lint } from "../../src/index.js";
import { rules } from "../../src/rules/registry.js";
import { findingMessage } from "../../src/i18n/finding-message.js";
// @ts-expect-error plain ESM script without types
import { examples, structureProblems, withGeneratedBlocks } from "../../scripts/docs/rule-page.mjs";
// @ts-expect-error plain ESM script without types
import { exampleFiles } from "../../scripts/docs/examples.mjs";

const ROOT = path.resolve(import.meta.dirname, "../..");
const BASE_ITEM = readFileSync(path.join(ROOT, "fixtures/base-item.yaml"), "utf8");
const scratch = mkdtempSync(path.join(tmpdir(), "guidelint-docs-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Example {
  kind: "Failing" | "Passing";
  line: number;
  code: string;
}

let count = 0;
/** Lint an example as a catalog of its own; every finding as `file:line rule message`. */
async function lintExample(code: string): Promise<{ ruleId: string; text: string }[]> {
  const dir = path.join(scratch, String(count++));
  for (const [file, text] of Object.entries(exampleFiles(code, BASE_ITEM) as Record<string, string>)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  const run = await lint({ cwd: dir });
  return run.results.flatMap((r) => r.findings.map((f) => ({ ruleId: f.ruleId, text: `${r.file}:${f.line} ${f.ruleId} ${findingMessage(f, "en")}` })));
}

it("fixtures/base-item.yaml, which every example starts from, gives no finding", async () => {
  // Otherwise a Failing example could pass on the base item's fault rather than its own.
  const findings = await lintExample("");
  expect(findings.map((f) => f.text)).toEqual([]);
});

describe.each(rules.map((rule) => [rule.id, rule] as const))("docs/rules/%s.md", (id, rule) => {
  const page = `docs/rules/${id}.md`;
  const text = readFileSync(path.join(ROOT, page), "utf8");

  it("has the generated blocks npm run docs writes", () => {
    expect(text === withGeneratedBlocks(text, rule), `${page}: a generated block is out of date: run npm run docs`).toBe(true);
  });

  it("has its sections in order", () => {
    const problems: string[] = structureProblems(text, rule);
    expect(problems, problems.join("\n")).toEqual([]);
  });

  const found: Example[] = examples(text);
  it("has at least one Failing and one Passing yaml example", () => {
    expect(found.filter((e) => e.kind === "Failing").length, `${page}: no \`\`\`yaml block under ### Failing`).toBeGreaterThan(0);
    expect(found.filter((e) => e.kind === "Passing").length, `${page}: no \`\`\`yaml block under ### Passing`).toBeGreaterThan(0);
  });

  it.each(found.map((e) => [`${e.kind} example at line ${e.line}`, e] as const))("%s", async (_, example) => {
    const findings = await lintExample(example.code);
    const where = `${page}:${example.line}`;
    const list = findings.map((f) => f.text).join("\n") || "(no findings)";
    if (example.kind === "Failing") {
      // Only this rule's findings: an example that trips other rules shows the reader the wrong thing.
      const ok = findings.length > 0 && findings.every((f) => f.ruleId === id);
      expect(ok, `${where}: a Failing example must give ${id} findings and no others; it gives:\n${list}`).toBe(true);
    } else {
      expect(findings, `${where}: a Passing example must give no finding at all; it gives:\n${list}`).toEqual([]);
    }
  });
});
