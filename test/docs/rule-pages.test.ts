// Rule pages are generated where they can be and checked where they cannot (docs/rules/README.md):
// every rule has an English page (docs/rules/<id>.md) and a Chinese one (docs/rules/zh-CN/<id>.md);
// on each, the header and options blocks must be what `npm run docs` writes in the page's
// language, the hand-written sections must be there in order, and every Failing / Passing
// (不通过 / 通过) example is linted by the real engine.
import { existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lint } from "../../src/index.js";
import { rules } from "../../src/rules/registry.js";
import { findingMessage } from "../../src/i18n/finding-message.js";
// @ts-expect-error plain ESM script without types
import { examples, PAGE_LANGS, pagePath, structureProblems, withChineseIndex, withGeneratedBlocks } from "../../scripts/docs/rule-page.mjs";
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

const pages = rules.flatMap((rule) => (PAGE_LANGS as string[]).map((lang) => [pagePath(rule.id, lang) as string, rule, lang] as const));

it("every rule has a page in every language, and no page is left for a rule that is gone", () => {
  const missing = pages.filter(([page]) => !existsSync(path.join(ROOT, page))).map(([page]) => page);
  expect(missing, `missing rule pages (start each with "# <id>" and the sections of docs/rules/README.md):\n${missing.join("\n")}`).toEqual([]);
  const ids = new Set(rules.map((r) => `${r.id}.md`));
  for (const lang of PAGE_LANGS as string[]) {
    const folder = path.dirname(path.join(ROOT, pagePath("x", lang)));
    const strays = readdirSync(folder).filter((f) => f.endsWith(".md") && f !== "README.md" && !ids.has(f));
    expect(strays, `${folder}: pages of no rule`).toEqual([]);
  }
});

it("docs/rules/zh-CN/README.md lists every rule as npm run docs writes it", () => {
  const index = readFileSync(path.join(ROOT, "docs/rules/zh-CN/README.md"), "utf8");
  expect(index === withChineseIndex(index, rules), "docs/rules/zh-CN/README.md: the rules index is out of date: run npm run docs").toBe(true);
  for (const rule of rules) expect(index).toContain(`](${rule.id}.md)`);
});

it("the English and Chinese pages of a rule show the same examples, so neither drifts from the rule", () => {
  // Same code, comments aside: the comments are in the page's language.
  const code = (page: string, lang: string) =>
    (examples(readFileSync(path.join(ROOT, page), "utf8"), lang) as Example[]).map(
      (e) => `${e.kind}\n${e.code.replace(/\s+#(?! ?(file:|guidelint-)).*$/gm, "")}`,
    );
  for (const rule of rules) {
    const en = pagePath(rule.id, "en");
    const zh = pagePath(rule.id, "zh-CN");
    if (!existsSync(path.join(ROOT, zh))) continue; // reported above
    expect(code(zh, "zh-CN"), `${zh}: its examples differ from ${en}'s`).toEqual(code(en, "en"));
  }
});

describe.each(pages.filter(([page]) => existsSync(path.join(ROOT, page))))("%s", (page, rule, lang) => {
  const id = rule.id;
  const text = readFileSync(path.join(ROOT, page), "utf8");

  it("has the generated blocks npm run docs writes", () => {
    expect(text === withGeneratedBlocks(text, rule, lang), `${page}: a generated block is out of date: run npm run docs`).toBe(true);
  });

  it("has its sections in order", () => {
    const problems: string[] = structureProblems(text, rule, lang);
    expect(problems, problems.join("\n")).toEqual([]);
  });

  it("links to the page in the other language", () => {
    const other = lang === "en" ? `zh-CN/${id}.md` : `../${id}.md`;
    expect(text).toContain(`](${other})`);
  });

  const found: Example[] = examples(text, lang);
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
