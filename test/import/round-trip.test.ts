// The imported YAML lints like hand-written YAML of the same items: known items → a CSV with the
// national element names and codes, one row per material → import → lint both catalogs.
import { readFileSync } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { lint } from "../../src/api.js";
import { importExports } from "../../src/import/import-exports.js";
import { ROOT, tempDir } from "../support/cli.js";
import { ITEMS, nationalCsv } from "../support/national-csv.js";

async function findings(cwd: string) {
  const run = await lint({ cwd, paths: ["catalog"] });
  return run.results.flatMap((r) => r.findings.map((f) => `${r.file} ${f.ruleId} ${JSON.stringify(f.path)}`)).sort();
}

describe("import round trip", () => {
  it("imported records have the findings of the same items written by hand", async () => {
    const schema = path.join(ROOT, "schemas", "service-guide.schema.json");
    const csv = nationalCsv(ITEMS);
    const handDir = tempDir(Object.fromEntries(ITEMS.map((item) => [`catalog/${item.region}/${item.department}/${item.code}.yaml`, yaml.dump(item)])));
    const importDir = tempDir({ "export.csv": csv });
    const result = importExports({ files: [path.join(importDir, "export.csv")], outDir: path.join(importDir, "catalog"), schemaFile: schema });
    expect(result.diagnostics).toEqual([]);
    expect(result.written).toHaveLength(3);
    expect(readFileSync(result.written[0], "utf8").split("\n")[0]).toMatch(/^# yaml-language-server: \$schema=.*schemas\/service-guide\.schema\.json$/);
    const hand = await findings(handDir);
    expect(hand.length).toBeGreaterThan(0);
    expect(await findings(importDir)).toEqual(hand);
  });
});
