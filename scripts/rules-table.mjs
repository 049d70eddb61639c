// Regenerates the rules table in README.md from the registry (run after `npm run build`;
// `npm run docs` runs it together with the rule pages' generated blocks, scripts/build-docs.mjs):
//   node scripts/rules-table.mjs          write it
//   node scripts/rules-table.mjs --check  exit 1 if README.md is out of date (the tests check this too)
import { readFileSync, writeFileSync } from "node:fs";
import { rules } from "../dist/rules/registry.js";

export function rulesTable() {
  const rows = rules.map(
    (r) =>
      `| [\`${r.id}\`](docs/rules/${r.id}.md) | ${r.title ? `${r.title["zh-CN"]}<br>${r.title.en}` : ""} | ${r.defaultSeverity} | ${r.fixable ? "yes" : ""} | ${r.description.en} ${r.description["zh-CN"]} |`,
  );
  return ["| rule | 名称 / title | default | fixable | checks |", "|---|---|---|---|---|", ...rows].join("\n");
}

export function withTable(readme) {
  return readme.replace(/<!-- rules-table:start -->[\s\S]*<!-- rules-table:end -->/, `<!-- rules-table:start -->\n${rulesTable()}\n<!-- rules-table:end -->`);
}

if (import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const readme = readFileSync("README.md", "utf8");
  const updated = withTable(readme);
  if (process.argv.includes("--check")) {
    if (updated !== readme) {
      console.error("README.md rules table is out of date: run node scripts/rules-table.mjs");
      process.exit(1);
    }
  } else {
    writeFileSync("README.md", updated);
  }
}
