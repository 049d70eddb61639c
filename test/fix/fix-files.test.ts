import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { LintResult } from "../../src/engine/result.js";
import { fixFiles } from "../../src/fix/fix-files.js";
import { writeFileAtomic } from "../../src/fix/write-atomic.js";
import { tempDir } from "../support/cli.js";

const runFor = (dir: string): LintResult => ({
  results: [
    {
      file: "a.yaml",
      filePath: path.join(dir, "a.yaml"),
      findings: [
        {
          ruleId: "name-format",
          severity: "warning",
          messageId: "m",
          data: {},
          path: ["name"],
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 10,
          fix: { value: "x（y）" },
        },
      ],
    },
    { file: "b.yaml", filePath: path.join(dir, "b.yaml"), findings: [] },
  ],
  summary: { files: 2, errors: 0, warnings: 1, fixable: 1, suppressed: 0, baselined: 0 },
  toolErrors: [],
});

describe("fixFiles", () => {
  it("dry run: a unified diff, nothing written", () => {
    const dir = tempDir({ "a.yaml": "# c\nname: x(y)  # keep\n" });
    const [fixed] = fixFiles(runFor(dir), { dryRun: true });
    expect(fixed).toMatchObject({ file: "a.yaml", applied: 1, skipped: [] });
    expect(fixed.patch).toContain("-name: x(y)  # keep\n+name: x（y）  # keep\n");
    expect(readFileSync(path.join(dir, "a.yaml"), "utf8")).toBe("# c\nname: x(y)  # keep\n");
  });

  it("writes in place, leaves no temporary file, and a second pass changes nothing", () => {
    const dir = tempDir({ "a.yaml": "# c\nname: x(y)  # keep\n" });
    expect(fixFiles(runFor(dir), { dryRun: false })[0].applied).toBe(1);
    expect(readFileSync(path.join(dir, "a.yaml"), "utf8")).toBe("# c\nname: x（y）  # keep\n");
    expect(readdirSync(dir)).toEqual(["a.yaml"]);
    expect(fixFiles(runFor(dir), { dryRun: false })[0]).toMatchObject({ applied: 0, patch: "" });
  });
});

describe("writeFileAtomic", () => {
  it("replaces the file through a rename and cleans up when the write fails", () => {
    const dir = tempDir({ "f.txt": "old" });
    writeFileAtomic(path.join(dir, "f.txt"), "new");
    expect(readFileSync(path.join(dir, "f.txt"), "utf8")).toBe("new");
    expect(() => writeFileAtomic(path.join(dir, "missing-folder", "f.txt"), "x")).toThrow();
    expect(readdirSync(dir)).toEqual(["f.txt"]);
  });
});
