// The built CLI (dist/, which `npm test` builds first), run in-process through main(argv, io) as a user runs it.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { itemText, runCli, tempDir } from "../support/cli.js";

const HALF_WIDTH_NAME = { "name: 食品经营许可（新办）": "name: 食品经营许可(新办)" }; // a warning
const PROMISED_TOO_LONG = {
  "promised: { value: 5,  unit: working-day, note: 受理之日起5个工作日 }": "promised: { value: 30, unit: working-day, note: 受理之日起30个工作日 }",
};

describe("guidelint lint on the sample catalog", () => {
  it("checks catalog/ by default from the repository root and shows its demo defects", async () => {
    const run = await runCli([]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^catalog\/\d{6}\/.+\.yaml$/m);
    expect(run.stdout).toMatch(/✖ \d+ problems \(\d+ errors, \d+ warnings\)/);
    expect(run.stdout).not.toMatch(/yaml-syntax|\bschema\b/);
  });

  it("speaks Chinese with Chinese field names under a Chinese locale", async () => {
    const run = await runCli(["lint"], { env: { LANG: "zh_CN.UTF-8" } });
    expect(run.stdout).toMatch(/✖ 共 \d+ 个问题（\d+ 个错误，\d+ 个警告）/);
    expect(run.stdout).toMatch(/错误/);
  });

  it("checks the sample catalog shipped with guidelint when run where there is nothing to check", async () => {
    const run = await runCli([], { cwd: tempDir() });
    expect(run.stderr).toMatch(/sample catalog/);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/problems/);
  });
});

describe("exit codes", () => {
  it("0 for a clean file", async () => {
    const dir = tempDir({ "a.yaml": itemText() });
    const run = await runCli(["a.yaml"], { cwd: dir });
    expect(run.stdout).toMatch(/No problems in 1 file\./);
    expect(run.status).toBe(0);
  });

  it("1 for an error, 0 for warnings only, 1 when warnings exceed --max-warnings", async () => {
    const dir = tempDir({ "error.yaml": itemText(PROMISED_TOO_LONG), "warning.yaml": itemText(HALF_WIDTH_NAME) });
    expect((await runCli(["error.yaml"], { cwd: dir })).status).toBe(1);
    expect((await runCli(["warning.yaml"], { cwd: dir })).status).toBe(0);
    expect((await runCli(["warning.yaml", "--max-warnings", "1"], { cwd: dir })).status).toBe(0);
    const tooMany = await runCli(["warning.yaml", "--max-warnings", "0"], { cwd: dir });
    expect(tooMany.status).toBe(1);
    expect(tooMany.stdout).toMatch(/too many warnings/);
  });

  it("takes Windows-style globs with backslashes", async () => {
    const dir = tempDir({ "sub/dir/a.yaml": itemText(PROMISED_TOO_LONG), "sub/dir/b.yaml": itemText() });
    const run = await runCli(["sub\\dir\\*.yaml", "--format", "json"], { cwd: dir });
    expect(JSON.parse(run.stdout).results.map((r: { file: string }) => r.file)).toEqual(["sub/dir/a.yaml", "sub/dir/b.yaml"]);
    expect(run.status).toBe(1);
  });

  it("2 when a given path matches nothing, naming it", async () => {
    const run = await runCli(["nowhere/*.yaml"], { cwd: tempDir() });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/No files matched nowhere\/\*\.yaml/);
  });

  it("2 for a bad option value, with a suggestion", async () => {
    const dir = tempDir({ "a.yaml": itemText() });
    const run = await runCli(["a.yaml", "--rule", "name-formt:off"], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/did you mean "name-format"/);
    expect((await runCli(["a.yaml", "--format", "xml"], { cwd: dir })).status).toBe(2);
    expect((await runCli(["a.yaml", "--lang", "fr"], { cwd: dir })).status).toBe(2);
    expect((await runCli(["a.yaml", "--max-warnings", "many"], { cwd: dir })).status).toBe(2);
    expect((await runCli(["a.yaml", "--no-such-option"], { cwd: dir })).status).toBe(2);
  });

  it("2 for a broken config, naming the file, the line and the key", async () => {
    const dir = tempDir({
      "guidelint.config.yaml": 'catalog: ["*.yaml"]\nrules:\n  runs-target: eror\n  name-formt: off\nignores: []\n',
      "a.yaml": itemText(),
    });
    const run = await runCli([], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/guidelint\.config\.yaml:3: rules\.runs-target must be one of off, warning, warn, error/);
    expect(run.stderr).toMatch(/guidelint\.config\.yaml:4: .*unknown rule "name-formt" \(did you mean "name-format"\?\)/);
    expect(run.stderr).toMatch(/unknown key "ignores" \(did you mean "ignore"\?\)/);
  });

  it("2 for a config that is not YAML", async () => {
    const dir = tempDir({ ".guidelintrc.yaml": "rules: [\n", "a.yaml": itemText() });
    const run = await runCli(["a.yaml"], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/\.guidelintrc\.yaml is not valid YAML \(line \d+, column \d+\)/);
  });
});

describe("bad files never stop the run", () => {
  it("reports GBK, broken, empty and list files as findings and still checks the others", async () => {
    const gbk = Buffer.from("6e616d653a20", "hex"); // "name: " then GB18030 bytes of 食品经营许可
    const dir = tempDir({
      "good.yaml": itemText(),
      "gbk.yaml": Buffer.concat([Buffer.from("code: x\n"), gbk, Buffer.from([0xca, 0xb3, 0xc6, 0xb7, 0xbe, 0xad, 0xd3, 0xaa, 0x0a])]),
      "broken.yaml": "name: [unclosed\nruns: 0\n",
      "empty.yaml": "",
      "list.yaml": "- a\n- b\n",
      "bad-item.yaml": itemText(PROMISED_TOO_LONG, 1),
    });
    const run = await runCli([".", "--format", "json"], { cwd: dir });
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    const byFile = Object.fromEntries(report.results.map((r: any) => [r.file, r.findings]));
    expect(Object.keys(byFile).sort()).toEqual(["bad-item.yaml", "broken.yaml", "empty.yaml", "gbk.yaml", "good.yaml", "list.yaml"]);
    expect(byFile["good.yaml"]).toEqual([]);
    expect(byFile["gbk.yaml"]).toEqual([
      expect.objectContaining({ ruleId: "yaml-syntax", line: 2, message: expect.stringMatching(/not UTF-8.*iconv -f GB18030/) }),
    ]);
    expect(byFile["broken.yaml"]).toEqual([expect.objectContaining({ ruleId: "yaml-syntax", line: 1, column: 7 })]);
    expect(byFile["empty.yaml"][0].ruleId).toBe("yaml-syntax");
    expect(byFile["list.yaml"][0].message).toMatch(/holds a list/);
    expect(byFile["bad-item.yaml"].map((f: any) => f.ruleId)).toContain("time-limit-exceeds-legal");
  });
});

describe("output", () => {
  it("json carries file, positions, JSON path, rule, severity and item code", async () => {
    const dir = tempDir({ "sub/dir/bad.yaml": itemText(PROMISED_TOO_LONG) });
    const run = await runCli(["sub", "--format", "json"], { cwd: dir });
    const report = JSON.parse(run.stdout);
    expect(report.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(report.summary).toMatchObject({ files: 1, errors: expect.any(Number) });
    const finding = report.results[0].findings.find((f: any) => f.ruleId === "time-limit-exceeds-legal");
    expect(report.results[0].file).toBe("sub/dir/bad.yaml");
    expect(finding).toMatchObject({
      severity: "error",
      line: 19,
      path: "timeLimit.promised.value",
      itemCode: "11510921MB1538709A4000117600000",
    });
    expect(finding.column).toBeGreaterThan(1);
    expect(finding.endLine).toBe(19);
    expect(finding.endColumn).toBeGreaterThan(finding.column);
  });

  it("-o writes the report to a file and prints nothing; the exit code is unchanged", async () => {
    const dir = tempDir({ "bad.yaml": itemText(PROMISED_TOO_LONG) });
    const run = await runCli(["bad.yaml", "--format", "json", "-o", "out/report.json"], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(JSON.parse(readFileSync(path.join(dir, "out/report.json"), "utf8")).summary.errors).toBeGreaterThan(0);
  });

  it("--format name=file writes several formats in one run", async () => {
    const dir = tempDir({ "bad.yaml": itemText(PROMISED_TOO_LONG) });
    const run = await runCli(["bad.yaml", "--format", "stylish", "--format", "json=report.json"], { cwd: dir });
    expect(run.stdout).toMatch(/time-limit-exceeds-legal/);
    expect(existsSync(path.join(dir, "report.json"))).toBe(true);
  });

  it("--quiet shows errors only", async () => {
    const dir = tempDir({ "warning.yaml": itemText(HALF_WIDTH_NAME) });
    expect((await runCli(["warning.yaml"], { cwd: dir })).stdout).toMatch(/name-format/);
    expect((await runCli(["warning.yaml", "--quiet"], { cwd: dir })).stdout).not.toMatch(/name-format/);
  });

  it("--lang zh-CN wins over the locale", async () => {
    const dir = tempDir({ "bad.yaml": itemText(PROMISED_TOO_LONG) });
    const run = await runCli(["bad.yaml", "--lang", "zh-CN"], { cwd: dir, env: { LANG: "en_US.UTF-8" } });
    expect(run.stdout).toMatch(/承诺办结时限/);
  });
});

describe("what leaves the exit code stays in view", () => {
  it("stylish says how many findings comment suppressions kept out", async () => {
    const dir = tempDir({
      "a.yaml": itemText({ "name: 食品经营许可（新办）": "# guidelint-disable-next-line name-format -- 与省基本目录写法一致\nname: 食品经营许可(新办)" }),
    });
    const run = await runCli(["a.yaml"], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Not counted: 1 suppressed by comments, 0 recorded in the baseline/);
  });

  it("a basic catalog entry with no baseCode is exit 2, naming the entry", async () => {
    const dir = tempDir({
      "a.yaml": itemText(),
      "base.yaml": '- { baseCode: "000117600000", name: 食品经营许可（新办）, type: administrative-license }\n- { name: 无编码 }\n',
    });
    const run = await runCli(["a.yaml", "--base-catalog", "base.yaml"], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/basic catalog entry base\.yaml \[2\] has no baseCode/);
  });
});

describe("--changed and --shard", () => {
  it("--changed lints only files changed since the ref, while code-unique still sees the whole catalog", async () => {
    const dir = tempDir({
      "guidelint.config.yaml": 'catalog: ["catalog/**/*.yaml"]\n',
      "catalog/a.yaml": itemText(),
      "catalog/b.yaml": itemText({}, 1),
    });
    const git = (...args: string[]) => spawnSync("git", args, { cwd: dir, encoding: "utf8" });
    git("init", "-q");
    git("-c", "user.email=t@example.com", "-c", "user.name=t", "add", ".");
    git("-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-qm", "init");
    // c.yaml is new (untracked) and copies a.yaml's code; a.yaml is unchanged.
    writeFileSync(path.join(dir, "catalog/c.yaml"), itemText(PROMISED_TOO_LONG));
    const report = JSON.parse((await runCli(["--changed", "--format", "json"], { cwd: dir })).stdout);
    expect(report.results.map((r: { file: string }) => r.file)).toEqual(["catalog/c.yaml"]);
    const rules = report.results[0].findings.map((f: { ruleId: string }) => f.ruleId).sort();
    expect(rules).toEqual(["code-unique", "time-limit-exceeds-legal"]);
    expect((await runCli(["--changed", "no-such-ref"], { cwd: dir })).status).toBe(2);
  });

  it("--shard i/n splits the files into contiguous slices that together cover them once", async () => {
    const files = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`catalog/${i}.yaml`, itemText({}, i + 1)]));
    const dir = tempDir(files);
    const shard = async (spec: string) =>
      JSON.parse((await runCli(["catalog", "--shard", spec, "--format", "json"], { cwd: dir })).stdout).results.map((r: { file: string }) => r.file);
    const parts = [await shard("1/2"), await shard("2/2")];
    expect(parts[0]).toEqual(["catalog/0.yaml", "catalog/1.yaml", "catalog/2.yaml"]);
    expect([...parts[0], ...parts[1]]).toEqual(Object.keys(files));
    expect((await runCli(["catalog", "--shard", "3/2"], { cwd: dir })).status).toBe(2);
  });
});

describe("config", () => {
  it("is found upward, sets severities and options, and overrides apply by glob", async () => {
    const dir = tempDir({
      "guidelint.config.yaml": [
        'catalog: ["items/**/*.yaml"]',
        "rules:",
        "  name-format: off",
        "overrides:",
        '  - files: ["items/strict/**"]',
        "    rules: { name-format: error }",
      ].join("\n"),
      "items/lax/a.yaml": itemText(HALF_WIDTH_NAME),
      "items/strict/b.yaml": itemText(HALF_WIDTH_NAME, 1),
    });
    const run = await runCli(["--format", "json"], { cwd: path.join(dir, "items") });
    const report = JSON.parse(run.stdout);
    const byFile = Object.fromEntries(report.results.map((r: any) => [r.file, r.findings]));
    expect(byFile["lax/a.yaml"]).toEqual([]);
    expect(byFile["strict/b.yaml"]).toEqual([expect.objectContaining({ ruleId: "name-format", severity: "error" })]);
    expect(run.status).toBe(1);
  });

  it("--rule wins over the config", async () => {
    const dir = tempDir({ "a.yaml": itemText(PROMISED_TOO_LONG) });
    expect((await runCli(["a.yaml", "--rule", "time-limit-exceeds-legal:off"], { cwd: dir })).status).toBe(0);
  });
});
