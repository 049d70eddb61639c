// Rewrites what the docs take from the code (run through `npm run docs`, which builds first):
// each rule page's header and options blocks, in English (docs/rules/<id>.md) and Chinese
// (docs/rules/zh-CN/<id>.md), each in its page's language (scripts/docs/rule-page.mjs), and the README's
// rules table (scripts/rules-table.mjs). What cannot be generated — the sections, the examples —
// is checked by test/docs/rule-pages.test.ts; see docs/rules/README.md.
//   node scripts/build-docs.mjs          write them
//   node scripts/build-docs.mjs --check  exit 1 and name the files that are out of date
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { rules } from "../dist/rules/registry.js";
import { PAGE_LANGS, pagePath, structureProblems, withChineseIndex, withGeneratedBlocks } from "./docs/rule-page.mjs";
import { withTable } from "./rules-table.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const check = process.argv.includes("--check");
const stale = [];
const problems = [];

function update(relative, rewrite) {
  const file = path.join(ROOT, relative);
  const before = readFileSync(file, "utf8");
  const after = rewrite(before);
  if (after === before) return;
  stale.push(relative);
  if (!check) writeFileSync(file, after);
}

for (const rule of rules) {
  for (const lang of PAGE_LANGS) {
    const relative = pagePath(rule.id, lang);
    if (!existsSync(path.join(ROOT, relative))) {
      problems.push(`${relative}: missing; start it with "# ${rule.id}" and the sections of docs/rules/README.md (${lang})`);
      continue;
    }
    update(relative, (text) => withGeneratedBlocks(text, rule, lang));
    problems.push(...structureProblems(readFileSync(path.join(ROOT, relative), "utf8"), rule, lang));
  }
}
update("README.md", withTable);
update("docs/rules/zh-CN/README.md", (text) => withChineseIndex(text, rules));

if (check && stale.length > 0) console.error(`Out of date (run npm run docs):\n  ${stale.join("\n  ")}`);
else if (stale.length > 0) console.log(`Rewrote:\n  ${stale.join("\n  ")}`);
// The generator can only fill blocks; a page's hand-written structure is for its author to fix.
if (problems.length > 0) console.error(problems.join("\n"));
if ((check && stale.length > 0) || problems.length > 0) process.exit(1);
