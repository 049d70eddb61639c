// The done-when of issue 14: items written the way Excel exports write them are fixed by
// `guidelint fix` — none of the fixable findings remain and nothing else in the files changes.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { itemText, runCli, tempDir } from "../support/cli.js";
import { exportItems, maskDefects } from "../support/excel-items.js";

describe("fix on Excel-exported items", () => {
  const items = exportItems(30);
  const files = Object.fromEntries(items.map((item, i) => [`catalog/蓬溪县/事项-${i + 1}.yaml`, item.text]));

  it("leaves no fixable finding, each defect fixed as expected and every other byte as it was", async () => {
    const dir = tempDir(files);
    const before = JSON.parse((await runCli(["lint", "--format", "json"], { cwd: dir })).stdout);
    // Every defect the generator writes is a finding with a safe fix.
    expect(before.summary.fixable).toBe(items.reduce((n, item) => n + item.defects.length, 0));

    const fix = await runCli(["fix"], { cwd: dir });
    expect(fix.stderr).not.toMatch(/not applied|未修复/i);
    const after = JSON.parse((await runCli(["lint", "--format", "json"], { cwd: dir })).stdout);
    expect(after.summary).toMatchObject({ errors: 0, warnings: 0, fixable: 0 });

    items.forEach((item, i) => {
      const written = readFileSync(path.join(dir, `catalog/蓬溪县/事项-${i + 1}.yaml`), "utf8");
      // Outside the defects' lines, byte for byte the export; on them, what the fix must write.
      expect(
        maskDefects(
          written,
          item.defects.map((d) => d.fixed),
        ),
        `item ${i + 1}`,
      ).toBe(
        maskDefects(
          item.text,
          item.defects.map((d) => d.exported),
        ),
      );
      expect(written, `item ${i + 1}`).toBe(item.fixed);
    });
  });

  it("a dry run prints the diff with readable Chinese paths, writes nothing, and exits 0 when no error would remain", async () => {
    const dir = tempDir({ "catalog/蓬溪县/事项-1.yaml": items[0].text });
    const run = await runCli(["fix", "--dry-run"], { cwd: dir });
    expect(run.stdout).toContain("--- a/catalog/蓬溪县/事项-1.yaml\n+++ b/catalog/蓬溪县/事项-1.yaml\n");
    expect(run.stdout).not.toMatch(/\\\d{3}/);
    expect(readFileSync(path.join(dir, "catalog/蓬溪县/事项-1.yaml"), "utf8")).toBe(items[0].text);
    expect(run.status).toBe(0);
  });
});

describe("fix --unsafe, --fix-type and the dry run's exit code", () => {
  it("where two rules fix one value, the schema's fix (the id) is the one a single pass writes", async () => {
    const dir = tempDir({ "catalog/a.yaml": itemText({ "level: county": 'level: "县级\u00a0"' }) });
    const run = await runCli(["fix", "--dry-run"], { cwd: dir });
    expect(run.stdout).toContain('\n-level: "县级\u00a0"\n+level: "county"\n');
    expect(run.status).toBe(0);
  });

  const CANCELLED = "  - name: 食品安全管理制度文本";
  const proofAndName = itemText({ [CANCELLED]: "  - name: 亲属关系证明", "name: 食品经营许可（新办）": "name: 食品经营许可(新办)" });

  it("a dry run exits 1 when errors would remain (a cancelled proof has only a suggestion)", async () => {
    const dir = tempDir({ "catalog/a.yaml": proofAndName });
    const run = await runCli(["fix", "--dry-run"], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("+name: 食品经营许可（新办）");
    expect(run.stdout).not.toContain("-  - name: 亲属关系证明");
  });

  it("shows the suggestion (stylish: suggestion available; json: desc and fix), applied only with --unsafe", async () => {
    const dir = tempDir({ "catalog/a.yaml": proofAndName });
    const stylish = await runCli(["lint"], { cwd: dir });
    expect(stylish.stdout).toMatch(/materials-cancelled-proof/);
    expect(stylish.stdout).toContain("(suggestion available)");
    const json = JSON.parse((await runCli(["lint", "--format", "json"], { cwd: dir })).stdout);
    const finding = json.results[0].findings.find((f: { ruleId: string }) => f.ruleId === "materials-cancelled-proof");
    expect(finding.suggestions).toEqual([{ desc: expect.stringContaining("Remove the material"), fix: { remove: true, path: ["materials", 3] } }]);

    expect((await runCli(["fix"], { cwd: dir })).status).toBe(1);
    expect(readFileSync(path.join(dir, "catalog/a.yaml"), "utf8")).toContain("亲属关系证明");
    const unsafe = await runCli(["fix", "--unsafe"], { cwd: dir });
    expect(unsafe.status).toBe(0);
    expect(readFileSync(path.join(dir, "catalog/a.yaml"), "utf8")).toBe(
      itemText({
        "  - name: 食品安全管理制度文本\n    form: original\n    media: paper-or-electronic\n    copies: 1\n    necessity: required\n    source: applicant\n    eLicense: false\n":
          "",
      }),
    );
  });

  it("--fix-type fixes only the rules it names, and names an unknown one", async () => {
    const text = itemText({ "name: 食品经营许可（新办）": "name: 食品经营许可(新办)", "level: county": "level: 县级" });
    const dir = tempDir({ "catalog/a.yaml": text });
    expect((await runCli(["fix", "--fix-type", "name-format"], { cwd: dir })).status).toBe(1);
    expect(readFileSync(path.join(dir, "catalog/a.yaml"), "utf8")).toBe(itemText({ "level: county": "level: 县级" }));
    const typo = await runCli(["fix", "--fix-type", "name-formt"], { cwd: dir });
    expect(typo.status).toBe(2);
    expect(typo.stderr).toMatch(/Unknown rule "name-formt".*name-format/);
    expect((await runCli(["fix", "--fix-type", "name-format,schema"], { cwd: dir })).status).toBe(0);
  });
});
