// The acceptance check: on generated workbooks in every layout of platform-data.md, with
// defects seeded at known cells, `lint <workbook>` reports at least 95 % of them at the right
// Sheet!Cell by the right rule, and at least 95 % of what it reports is a seeded defect.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lint } from "../../src/api.js";
import { tempDir } from "../support/cli.js";
import { DEFECT_RULES, type DefectKind, generateWorkbook, type WorkbookLayout } from "../support/workbooks.js";

const LAYOUTS: WorkbookLayout[] = ["per-item", "per-material-merged", "materials-sheet", "form"];
const KINDS = Object.keys(DEFECT_RULES) as DefectKind[];
// Three of each kind, on 60 items: most items clean, so a false finding shows in the precision.
const DEFECTS = [...KINDS, ...KINDS, ...KINDS];

describe("lint on seeded workbooks", () => {
  for (const layout of LAYOUTS) {
    for (const bookType of ["xlsx", "biff8"] as const) {
      it(`${layout} (${bookType}): ≥ 95 % of the seeded defects at their cell, ≥ 95 % of the findings seeded`, async () => {
        const items = layout === "form" ? 21 : 60;
        const { bytes, seeded } = generateWorkbook({ layout, items, seed: 11, defects: DEFECTS, bookType });
        expect(seeded).toHaveLength(DEFECTS.length);
        const dir = tempDir();
        const file = `清单.${bookType === "xlsx" ? "xlsx" : "xls"}`;
        writeFileSync(path.join(dir, file), bytes);
        const run = await lint({ cwd: dir, paths: [file] });
        const findings = run.results.flatMap((r) => r.findings);
        const at = (f: (typeof findings)[number]) => `${f.cell?.sheet}!${f.cell?.cell} ${f.ruleId}`;
        const reported = new Set(findings.map(at));
        const expected = new Set(seeded.map((d) => `${d.sheet}!${d.cell} ${d.rule}`));
        const found = [...expected].filter((key) => reported.has(key));
        const correct = findings.filter((f) => expected.has(at(f)));
        const missed = [...expected].filter((key) => !reported.has(key));
        const extra = findings.filter((f) => !expected.has(at(f))).map((f) => `${at(f)} ${f.messageId}`);
        expect(found.length / expected.size, `missed: ${missed.join("; ")}`).toBeGreaterThanOrEqual(0.95);
        expect(correct.length / findings.length, `not seeded: ${extra.join("; ")}`).toBeGreaterThanOrEqual(0.95);
      });
    }
  }
});
