// Same-source and catalog-wide checks through the built CLI, on the sample catalog and its snapshots.
import { describe, expect, it } from "vitest";
import { itemText, runCli, tempDir } from "../support/cli.js";

const FOOD = "catalog/510921/xzspj/food-business-license-new.yaml";

describe("guidelint sources", () => {
  it("shows every differing field with both values, a diff and both places", async () => {
    const run = await runCli(["sources"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/11510921MB1538709A4000117600000 {2}pc/);
    expect(run.stdout).toMatch(
      /timeLimit {2}catalog\/snapshots\/pc\/11510921MB1538709A4000117600000\.yaml:\d+:\d+ {2}⟷ {2}catalog\/510921\/xzspj\/food-business-license-new\.yaml:19:\d+/,
    );
    expect(run.stdout).toMatch(/master {3}5个工作日/);
    expect(run.stdout).toMatch(/channel {2}10个工作日/);
    expect(run.stdout).toMatch(/\[-5-\]\{\+10\+\}/);
    // Normalisation-only differences (half-width brackets in the pc name) are not shown.
    expect(run.stdout).not.toMatch(/name {2}catalog\/snapshots\/pc\/11510921MB1538709A4000117600000/);
  });

  it("prints JSON with item code, channel, field, both values and both positions", async () => {
    const run = await runCli(["sources", "--format", "json"]);
    const { differences } = JSON.parse(run.stdout);
    const mismatch = differences.find(
      (d: any) => d.itemCode === "11510921MB1538709A4000117600000" && d.channel === "pc" && d.ruleId === "same-source-mismatch",
    );
    expect(mismatch).toMatchObject({
      ruleId: "same-source-mismatch",
      field: "timeLimit",
      master: "5个工作日",
      channelValue: "10个工作日",
      channelAt: { file: "catalog/snapshots/pc/11510921MB1538709A4000117600000.yaml", line: expect.any(Number) },
      masterAt: { file: FOOD, line: 19 },
    });
    expect(differences.map((d: any) => d.ruleId)).toEqual(expect.arrayContaining(["same-source-missing", "same-source-orphan"]));
  });

  it("2 when a --channel snapshot does not exist", async () => {
    const run = await runCli(["sources", "--channel", "kiosk=nowhere/kiosk"], { cwd: tempDir({ "catalog/a.yaml": "code: x\n" }) });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/channel "kiosk" \(nowhere\/kiosk\) does not exist/);
  });
});

describe("lint with catalog-wide rules", () => {
  it("reports broken snapshot files and entries, and still compares the rest", async () => {
    const dir = tempDir({
      "guidelint.config.yaml": 'catalog: ["items/**/*.yaml"]\nchannels:\n  pc: pc\n',
      "items/a.yaml": itemText(),
      "pc/a.yaml": 'code: "11510921MB1538709A4000117600000"\nphone: 0825-5432101\n',
      "pc/broken.yaml": "code: [unclosed\n",
      "pc/list.yaml": "- 1\n- 2\n",
    });
    const report = JSON.parse((await runCli(["--format", "json"], { cwd: dir })).stdout);
    const found = report.results.flatMap((r: any) => r.findings.map((f: any) => `${r.file}:${f.line}:${f.ruleId}`));
    expect(found).toEqual(["pc/a.yaml:2:same-source-mismatch", "pc/broken.yaml:2:yaml-syntax", "pc/list.yaml:1:yaml-syntax", "pc/list.yaml:2:yaml-syntax"]);
  });

  it("reports same-source findings in a run on the whole sample catalog", async () => {
    const report = JSON.parse((await runCli(["--format", "json"])).stdout);
    const rules = report.results.flatMap((r: any) => r.findings.map((f: any) => f.ruleId));
    expect(rules).toEqual(expect.arrayContaining(["same-source-mismatch", "same-source-missing", "same-source-orphan"]));
  });

  it("given one file, still sees the whole catalog and reports only on that file and its channel copies", async () => {
    const report = JSON.parse((await runCli([FOOD, "--format", "json"])).stdout);
    const files = report.results.filter((r: any) => r.findings.length > 0).map((r: any) => r.file);
    // The file's own finding (its catch-all condition) and its PC copy's: nothing from other files.
    expect(files.sort()).toEqual([FOOD, "catalog/snapshots/pc/11510921MB1538709A4000117600000.yaml"]);
    const finding = report.results.flatMap((r: any) => r.findings).find((f: any) => f.ruleId === "same-source-mismatch");
    expect(finding).toMatchObject({
      ruleId: "same-source-mismatch",
      channel: "pc",
      field: "timeLimit",
      related: [expect.objectContaining({ file: FOOD, line: 19 })],
    });
  });
});
