// `guidelint metrics` as a user runs it, in-process through the built main() (`npm test` builds first).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { measureCatalog } from "../../src/api.js";
import { itemText, ROOT, runCli, tempDir } from "../support/cli.js";

// @ts-expect-error plain ESM script without types
const { generateCatalog } = await import("../../scripts/generate-catalog.mjs");

const LIMITS = "promised: { value: 5,  unit: working-day, note: 受理之日起5个工作日 }";
const promised = (days: number) => ({ [LIMITS]: `promised: { value: ${days}, unit: working-day, note: 受理之日起${days}个工作日 }` });
const depth = (d: number) => ({ "onlineDepth: 4": `onlineDepth: ${d}` });
const department = (name: string) => ({ "department: 蓬溪县行政审批局": `department: ${name}` });

/** Three items: 20 → 5, 20 → 10 and 20 → 6 working days; depth 4, 3, 4; two departments. */
function smallCatalog(extra: Record<string, string> = {}): string {
  return tempDir({
    "catalog/a.yaml": itemText(),
    "catalog/b.yaml": itemText({ ...promised(10), ...depth(3), ...department("蓬溪县民政局") }),
    "catalog/c.yaml": itemText({ ...promised(6), ...department("蓬溪县民政局") }),
    ...extra,
  });
}

describe("guidelint metrics on the sample catalog", () => {
  it("prints every figure with its count and total, exit 0 without a profile", async () => {
    const run = await runCli(["metrics"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^guidelint metrics: \d+ items$/m);
    expect(run.stdout).toMatch(/Fully online \(depth 4\)\s+\d+\.\d%\s+\d+ \/ \d+/);
    expect(run.stdout).toMatch(/Compression figures leave out \d+ items/);
  });

  it("speaks Chinese under a Chinese locale", async () => {
    const run = await runCli(["metrics", "--profile", "sichuan-pengxi-2021"], { env: { LANG: "zh_CN.UTF-8" } });
    expect(run.stdout).toMatch(/承诺时限比法定时限平均压缩率\s+\d+\.\d%\s+\d+ \/ \d+/);
    expect(run.stdout).toMatch(/政策目标方案 sichuan-pengxi-2021：蓬府办函〔2021〕6号/);
    expect(run.stdout).toMatch(/✘ 未达标/);
    expect(run.status).toBe(1);
  });

  it("gates on a built-in profile: 1 when a target is missed, 0 when all are met", async () => {
    const figures = JSON.parse((await runCli(["metrics", "--format", "json", "--profile", "sichuan-pengxi-2021"])).stdout);
    expect(figures.targets.some((t: { met: boolean }) => !t.met)).toBe(true);
    expect((await runCli(["metrics", "--profile", "sichuan-pengxi-2021"])).status).toBe(1);
    expect((await runCli(["metrics", "--profile", "chengdu-2018"])).status).toBe(0);
  });
});

describe("guidelint metrics --format", () => {
  it("json: metrics.md's shape, the same figures the library computes", async () => {
    const dir = tempDir();
    generateCatalog({ outDir: path.join(dir, "catalog"), items: 120, seed: 99 });
    const run = await runCli(["metrics", "catalog", "--format", "json"], { cwd: dir });
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(Object.keys(output)).toEqual(["version", "items", "skipped", "overall", "groups", "targets"]);
    expect(Object.keys(output.groups)).toEqual(["department", "region", "level", "type"]);
    const { report } = await measureCatalog({ cwd: dir, paths: ["catalog"] });
    expect(output).toEqual({ ...report, version: output.version });
    expect(output.items).toBe(120);
  });

  it("csv: UTF-8 with BOM, CRLF, quoted fields, Chinese headers in zh-CN; to a file with =file", async () => {
    const dir = smallCatalog();
    const run = await runCli(["metrics", "catalog", "--format", "csv", "--lang", "zh-CN"], { cwd: dir });
    expect(run.stdout.startsWith('\uFEFF"维度","分组","指标ID","指标"')).toBe(true);
    expect(run.stdout).toContain('"总体","","fullyOnline","全程网办占比（四级办理深度事项占比）","0.6666666666666666","2","3","",""\r\n');
    await runCli(["metrics", "catalog", "--format", "csv=out/metrics.csv", "--format", "markdown=out/metrics.md"], { cwd: dir });
    expect(readFileSync(path.join(dir, "out/metrics.csv"), "utf8").startsWith("\uFEFF")).toBe(true);
    expect(readFileSync(path.join(dir, "out/metrics.md"), "utf8")).toMatch(/^## guidelint metrics: 3 items/);
  });

  it("ranks departments with --group-by department --sort fullyOnline", async () => {
    const dir = smallCatalog({ "catalog/d.yaml": itemText({ ...depth(3), ...department("蓬溪县公安局") }) });
    const run = await runCli(["metrics", "catalog", "--group-by", "department", "--sort", "fullyOnline"], { cwd: dir });
    expect(run.stdout).toMatch(/By department, ranked by fully online/);
    const ranking = [...run.stdout.matchAll(/^\s+(\d)\s+(\S+)\s+(\d+)\s+(\S+%)\s+(\d+ \/ \d+)/gm)].map((m) => [m[1], m[2], m[4], m[5]]);
    expect(ranking).toEqual([
      ["1", "蓬溪县行政审批局", "100.0%", "1 / 1"],
      ["2", "蓬溪县民政局", "50.0%", "1 / 2"],
      ["3", "蓬溪县公安局", "0.0%", "0 / 1"],
    ]);
    const json = JSON.parse(
      (await runCli(["metrics", "catalog", "--group-by", "department,level", "--sort", "fullyOnline", "--format", "json"], { cwd: dir })).stdout,
    );
    expect(Object.keys(json.groups)).toEqual(["department", "level"]);
    expect(Object.keys(json.groups.department)).toEqual(["蓬溪县行政审批局", "蓬溪县民政局", "蓬溪县公安局"]);
  });

  it("leaves out, and names, files that do not parse or fail the schema", async () => {
    const dir = smallCatalog({ "catalog/broken.yaml": "code: [\n", "catalog/invalid.yaml": itemText({ "runs: 0": "runs: many" }) });
    const json = await runCli(["metrics", "catalog", "--format", "json"], { cwd: dir });
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout).skipped).toEqual({ count: 2, files: ["catalog/broken.yaml", "catalog/invalid.yaml"] });
    expect(JSON.parse(json.stdout).items).toBe(3);
    expect(json.stderr).toMatch(/2 files are left out of every figure.*catalog\/broken\.yaml, catalog\/invalid\.yaml/);
    const table = await runCli(["metrics", "catalog"], { cwd: dir });
    expect(table.stdout).toMatch(/2 files are left out of every figure[^\n]*\n\s+catalog\/broken\.yaml\n\s+catalog\/invalid\.yaml/);
  });
});

describe("profiles gate a CI job", () => {
  // The small catalog: mean compression (0.75 + 0.5 + 0.7) / 3 = 0.65, fully online 2 / 3.
  const profile = (targets: string) => `name: county\ndocument: 某县方案\ntargets:\n${targets}`;

  it("0 when every target is met, 1 when one is missed", async () => {
    const dir = smallCatalog({
      "met.yaml": profile("  meanCompression: { min: 0.65 }\n  meanRuns: { max: 0 }\n"),
      "missed.yaml": profile("  meanCompression: { min: 0.65 }\n  fullyOnline: { min: 0.67 }\n"),
    });
    const met = await runCli(["metrics", "catalog", "--profile", "met.yaml"], { cwd: dir });
    expect(met.stdout).toMatch(/✔ 2 of 2 targets met/);
    expect(met.status).toBe(0);
    const missed = await runCli(["metrics", "catalog", "--profile", "missed.yaml", "--format", "json"], { cwd: dir });
    expect(missed.status).toBe(1);
    expect(JSON.parse(missed.stdout).targets).toEqual([
      { metric: "meanCompression", op: ">=", target: 0.65, value: expect.closeTo(0.65, 12), met: true },
      { metric: "fullyOnline", op: ">=", target: 0.67, value: 2 / 3, met: false },
    ]);
  });

  it("takes the config's profile, relative to the config; --profile wins", async () => {
    const dir = smallCatalog({
      "guidelint.config.yaml": 'catalog: ["catalog/**/*.yaml"]\nprofile: profiles/missed.yaml\n',
      "profiles/missed.yaml": profile("  fullyOnline: { min: 0.9 }\n"),
    });
    expect((await runCli(["metrics"], { cwd: dir })).status).toBe(1);
    expect((await runCli(["metrics", "--profile", "chengdu-2018"], { cwd: dir })).status).toBe(0);
  });

  it("2 for a bad profile, naming the file, line and key", async () => {
    const dir = smallCatalog({ "bad.yaml": profile("  fullyOnlin: { min: 0.9 }\n") });
    const run = await runCli(["metrics", "catalog", "--profile", "bad.yaml"], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/bad\.yaml:4: targets\.fullyOnlin is not a metric \(did you mean "fullyOnline"\?\)/);
    const zh = await runCli(["metrics", "catalog", "--profile", "bad.yaml", "--lang", "zh-CN"], { cwd: dir });
    expect(zh.stderr).toMatch(/政策目标方案 bad\.yaml:4：targets\.fullyOnlin 不是指标ID（是否应为“fullyOnline”？）/);
    expect((await runCli(["metrics", "catalog", "--profile", "nowhere.yaml"], { cwd: dir })).status).toBe(2);
    expect((await runCli(["metrics", "catalog", "--profile", "sichuan"], { cwd: dir })).stderr).toMatch(/did you mean "sichuan-pengxi-2021"/);
  });

  it("2 for a bad --group-by or --sort, or --sort with nothing to rank", async () => {
    const dir = smallCatalog();
    for (const args of [
      ["--group-by", "dept"],
      ["--group-by", "region", "--sort", "fullOnline"],
      ["--sort", "fullyOnline"],
      ["--format", "stylish"],
    ]) {
      const run = await runCli(["metrics", "catalog", ...args], { cwd: dir });
      expect(run.status, args.join(" ")).toBe(2);
      expect(run.stderr, args.join(" ")).toMatch(/^guidelint: /);
    }
  });
});

describe("guidelint lint --profile", () => {
  // 20 → 6 working days: 70 % shorter.
  const dir = tempDir({
    "a.yaml": itemText(promised(6)),
    "strict.yaml": "document: 某县方案\ntargets:\n  meanCompression: { min: 0.8 }\n",
  });

  it("time-limit-compression takes its min from the profile's mean-compression target", async () => {
    expect((await runCli(["lint", "a.yaml"], { cwd: dir })).stdout).not.toMatch(/time-limit-compression/);
    const strict = await runCli(["lint", "a.yaml", "--profile", "strict.yaml"], { cwd: dir });
    expect(strict.stdout).toMatch(/only 70% shorter than the legal time limit.*at least 80%.*time-limit-compression/);
    expect((await runCli(["lint", "a.yaml", "--profile", "henan-pingdingshan-2021"], { cwd: dir })).stdout).not.toMatch(/time-limit-compression/);
  });

  it("and from the config's profile", async () => {
    const withConfig = tempDir({
      "a.yaml": itemText(promised(6)),
      "guidelint.config.yaml": "profile: strict.yaml\n",
      "strict.yaml": "document: d\ntargets: { meanCompression: { min: 0.8 } }\n",
    });
    expect((await runCli(["lint", "a.yaml"], { cwd: withConfig })).stdout).toMatch(/time-limit-compression/);
  });
});

describe("README", () => {
  it("shows the real output of the metrics audit of the sample catalog", async () => {
    const command = "node bin/guidelint.js metrics --profile sichuan-pengxi-2021";
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    const start = readme.indexOf(`$ ${command}\n`) + command.length + 3;
    const shown = readme.slice(start, readme.indexOf("```", start));
    const run = await runCli(command.split(" ").slice(2));
    expect(run.status).toBe(1);
    expect(shown, `README.md's "## Metrics" block: paste the output of \`${command}\``).toBe(run.stdout);
  });
});
