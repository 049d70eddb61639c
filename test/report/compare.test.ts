// `report --compare` and `metrics --compare` on a generated catalog of two periods (two git
// commits): every change, movement and new/resolved finding they show is checked against a
// computation done here from each period's own `metrics --format json` and `lint --format json`
// (taken before the next period was written), with departments read by another YAML parser.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { documentText, unzip } from "../support/docx.js";
import { itemText, runCli, tempDir } from "../support/cli.js";

// @ts-expect-error plain ESM script without types
const { generateCatalog } = await import("../../scripts/generate-catalog.mjs");

type Figure = { value: number | null; count: number; total: number };
type MetricsJson = { items: number; overall: Record<string, Figure>; groups: Record<string, Record<string, Record<string, Figure>>> };
type LintJson = {
  results: Array<{ file: string; itemCode?: string; findings: Array<{ ruleId: string; messageId: string; path: string; itemCode?: string; line: number }> }>;
};
type Period = { metrics: MetricsJson; lint: LintJson; departments: Map<string, string> };

const SORT = "atMostOneRun";

function git(dir: string, ...args: string[]) {
  execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.org", ...args], { cwd: dir, stdio: "ignore" });
}

function yamlFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? yamlFiles(full, base) : name.endsWith(".yaml") ? [path.relative(base, full).split(path.sep).join("/")] : [];
  });
}

/** Each file's department, read with the `yaml` package (not guidelint's reader). */
function departments(repo: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of yamlFiles(path.join(repo, "catalog"))) {
    out.set(`catalog/${file}`, (parse(readFileSync(path.join(repo, "catalog", file), "utf8")) as { department: string }).department);
  }
  return out;
}

async function snapshot(repo: string): Promise<Period> {
  const metrics = await runCli(["metrics", "--format", "json", "--group-by", "department"], { cwd: repo });
  const lint = await runCli(["lint", "--format", "json"], { cwd: repo });
  expect(metrics.status, metrics.stderr).not.toBe(2);
  expect(lint.status, lint.stderr).not.toBe(2);
  return { metrics: JSON.parse(metrics.stdout), lint: JSON.parse(lint.stdout), departments: departments(repo) };
}

/** Competition ranks, best (highest) first, groups without the figure last and tied. */
function ranks(groups: Record<string, Record<string, Figure>>): Map<string, number> {
  const values = Object.entries(groups).map(([key, figures]) => [key, figures[SORT].value] as const);
  const score = (v: number | null) => (v === null ? Number.NEGATIVE_INFINITY : v);
  return new Map(values.map(([key, v]) => [key, 1 + values.filter(([, w]) => score(w) > score(v) + 1e-9).length]));
}

function expectedMovement(previous: number | undefined, rank: number): string {
  if (previous === undefined) return "new";
  const d = previous - rank;
  return d === 0 ? "—" : d > 0 ? `↑${d}` : `↓${-d}`;
}

/** Findings as a multiset of baseline-like keys (item code, else file; rule; path; message id), with department and place. */
function findings(period: Period) {
  return period.lint.results.flatMap((r) =>
    r.findings.map((f) => ({
      key: JSON.stringify([f.itemCode ?? r.itemCode ?? r.file, f.ruleId, f.path, f.messageId]),
      department: period.departments.get(r.file) ?? "",
      file: r.file,
      rule: f.ruleId,
      line: f.line,
    })),
  );
}

function minus<T extends { key: string }>(these: T[], others: T[]): T[] {
  const left = new Map<string, number>();
  for (const o of others) left.set(o.key, (left.get(o.key) ?? 0) + 1);
  return these.filter((t) => {
    const n = left.get(t.key) ?? 0;
    if (n > 0) left.set(t.key, n - 1);
    return n === 0;
  });
}

/** The report CSV (every field quoted, CRLF) as objects keyed by the English header. */
function csvRows(text: string): Array<Record<string, string>> {
  const rows: string[][] = [];
  let row: string[] = [];
  for (const m of text.replace(/^\uFEFF/, "").matchAll(/"((?:[^"]|"")*)"(,|\r\n|$)/g)) {
    row.push(m[1].replace(/""/g, '"'));
    if (m[2] !== ",") {
      rows.push(row);
      row = [];
    }
  }
  const [head, ...body] = rows;
  return body.map((cells) => Object.fromEntries(head.map((h, i) => [h, cells[i]])));
}

const setRuns = (file: string, runs: number) => writeFileSync(file, readFileSync(file, "utf8").replace(/^runs: .*$/m, `runs: ${runs}`));

describe("--compare against the previous period", () => {
  let repo: string;
  let before: Period;
  let after: Period;
  let moved: { file: string; rule: string; line: number };
  let newDepartment: string;

  beforeAll(async () => {
    repo = tempDir();
    const catalog = path.join(repo, "catalog");
    generateCatalog({ outDir: catalog, items: 40, seed: 11, defectRate: 0.15 });
    const expected = JSON.parse(readFileSync(path.join(catalog, "expected.json"), "utf8")) as Array<{ file: string; rule: string; line: number }>;
    rmSync(path.join(catalog, "expected.json"));
    const files = yamlFiles(catalog).sort();
    const defective = new Set(expected.map((e) => e.file));
    const clean = files.filter((f) => !defective.has(f));
    // Period 1: one department's items are not there yet, and a few clean items run twice.
    newDepartment = path.posix.dirname(clean[clean.length - 1]);
    const held = files.filter((f) => path.posix.dirname(f) === newDepartment);
    const heldText = new Map(held.map((f) => [f, readFileSync(path.join(catalog, f), "utf8")]));
    for (const f of held) rmSync(path.join(catalog, f));
    const brokenFirst = clean.filter((f) => !held.includes(f)).slice(0, 4);
    const brokenSecond = clean.filter((f) => !held.includes(f)).slice(4, 9);
    for (const f of brokenFirst) setRuns(path.join(catalog, f), 2);
    git(repo, "init", "-q");
    git(repo, "add", ".");
    git(repo, "commit", "-q", "-m", "period 1");
    before = await snapshot(repo);

    // Period 2: those fixed, others broken, the department added, and a defective item's lines moved down by one.
    for (const f of brokenFirst) setRuns(path.join(catalog, f), 0);
    for (const f of brokenSecond) setRuns(path.join(catalog, f), 3);
    for (const [f, text] of heldText) writeFileSync(path.join(catalog, f), text);
    const shifted = expected.find((e) => !held.includes(e.file))!;
    const shiftedPath = path.join(catalog, shifted.file);
    writeFileSync(shiftedPath, readFileSync(shiftedPath, "utf8").replace(/\n/, "\n# 已核对\n"));
    git(repo, "add", ".");
    git(repo, "commit", "-q", "-m", "period 2");
    after = await snapshot(repo);
    moved = { file: `catalog/${shifted.file}`, rule: shifted.rule, line: shifted.line };
  }, 120_000);

  it("the periods differ as arranged: fixed, broken, a new department, a moved line", () => {
    const added = minus(findings(after), findings(before));
    const resolved = minus(findings(before), findings(after));
    expect(added.length).toBeGreaterThan(0);
    expect(resolved.length).toBeGreaterThan(0);
    const movedBefore = findings(before).find((f) => f.file === moved.file && f.rule === moved.rule)!;
    const movedAfter = findings(after).find((f) => f.file === moved.file && f.rule === moved.rule)!;
    expect(movedAfter.line).toBe(movedBefore.line + 1);
    expect(before.metrics.overall[SORT].value).not.toBe(after.metrics.overall[SORT].value);
  });

  it("report --compare HEAD~1: figure changes, rank movements and new/resolved findings per department agree", async () => {
    const run = await runCli(["report", "--compare", "HEAD~1", "--sort", SORT, "--group-by", "department", "--format", "csv"], { cwd: repo });
    expect(run.status, run.stderr).toBe(0);
    const rows = csvRows(run.stdout);

    // Every overall figure: previous value and change (percentage points, one decimal; mean runs as they are).
    const figureRows = rows.filter((r) => r.Section === "Figures against the targets");
    expect(figureRows).toHaveLength(Object.keys(after.metrics.overall).length);
    for (const r of figureRows) {
      const id = r["Rule or figure"];
      const p = before.metrics.overall[id].value!;
      const c = after.metrics.overall[id].value!;
      const percent = id !== "meanRuns";
      expect(Number(r.Previous), id).toBeCloseTo(percent ? p * 100 : p, percent ? 1 : 9);
      expect(Number(r.Change), id).toBeCloseTo(percent ? (c - p) * 100 : c - p, percent ? 1 : 9);
    }

    // Every department's movement, from competition ranks computed here on each period's JSON.
    const previousRanks = ranks(before.metrics.groups.department);
    const currentRanks = ranks(after.metrics.groups.department);
    const rankRows = rows.filter((r) => r.Section.startsWith("Rankings"));
    expect(rankRows.map((r) => r["Place or group"]).sort()).toEqual([...currentRanks.keys()].sort());
    for (const r of rankRows) {
      const group = r["Place or group"];
      expect(r.Message, group).toContain(String(currentRanks.get(group)));
      expect(r.Change, group).toBe(expectedMovement(previousRanks.get(group), currentRanks.get(group)!));
      expect(r.Previous, group).toBe(String(previousRanks.get(group) ?? ""));
    }
    expect(rankRows.filter((r) => r.Change === "new")).not.toHaveLength(0);
    expect(rankRows.filter((r) => r.Change.startsWith("↑") || r.Change.startsWith("↓"))).not.toHaveLength(0);

    // New and resolved findings per department, matched as the baseline matches (the moved line is neither).
    const added = minus(findings(after), findings(before));
    const resolved = minus(findings(before), findings(after));
    const departmentRows = rows.filter((r) => r.Section === "New and resolved findings by department");
    const names = new Set([...findings(before), ...findings(after)].map((f) => f.department));
    expect(departmentRows.map((r) => r["Place or group"]).sort()).toEqual([...names].sort());
    for (const r of departmentRows) {
      const d = r["Place or group"];
      expect(r.Value, d).toBe(String(findings(after).filter((f) => f.department === d).length));
      expect(r.Previous, d).toBe(String(findings(before).filter((f) => f.department === d).length));
      expect(r.Message, d).toBe(`New ${added.filter((f) => f.department === d).length}, Resolved ${resolved.filter((f) => f.department === d).length}`);
    }
    const listed = (title: string) =>
      rows
        .filter((r) => r.Section.startsWith(`${title}: `))
        .map((r) => `${r.Section.slice(title.length + 2)} ${r["Place or group"].replace(/:\d+:\d+$/, "")} ${r["Rule or figure"]}`)
        .sort();
    expect(listed("New findings")).toEqual(added.map((f) => `${f.department} ${f.file} ${f.rule}`).sort());
    expect(listed("Resolved findings (place as last period)")).toEqual(resolved.map((f) => `${f.department} ${f.file} ${f.rule}`).sort());
    expect(listed("New findings").some((x) => x.includes(moved.file))).toBe(false);
  });

  it("the Markdown report says it in Chinese: 与上期比较, 百分点, movements and the tables", async () => {
    const run = await runCli(["report", "--compare", "HEAD~1", "--sort", SORT, "--format", "markdown", "--lang", "zh-CN"], { cwd: repo });
    expect(run.status, run.stderr).toBe(0);
    const p = before.metrics.overall[SORT].value!;
    const c = after.metrics.overall[SORT].value!;
    const points = Math.abs((c - p) * 100).toFixed(1);
    expect(run.stdout).toContain("## 与上期比较");
    expect(run.stdout).toContain(`比上期${c > p ? "提升" : "下降"} ${points} 个百分点`);
    expect(run.stdout).toContain("| 名次 | 名次变化 |");
    expect(run.stdout).toContain("### 各实施主体新增与已整改问题");
    expect(run.stdout).toMatch(/上期：目录 HEAD~1（版本 [0-9a-f]{7,}，统计截至 \d{4}-\d{2}-\d{2}），\d+ 个事项/);
    const html = await runCli(["report", "--compare", "HEAD~1", "--sort", SORT, "--lang", "zh-CN"], { cwd: repo });
    expect(html.stdout).toContain('<section class="comparison" id="compare"><h2>与上期比较</h2>');
    expect(html.stdout).toContain('<table class="new-findings">');
  });

  it("the Word bulletin states the comparison: changes in points, movements beside ranks, problems per department", async () => {
    const run = await runCli(["report", "--compare", "HEAD~1", "--sort", SORT, "--group-by", "department", "--lang", "zh-CN", "-o", "周通报.docx"], {
      cwd: repo,
    });
    expect(run.status, run.stderr).toBe(0);
    const text = documentText(
      unzip(readFileSync(path.join(repo, "周通报.docx")))
        .get("word/document.xml")!
        .toString("utf8"),
    );
    const p = before.metrics.overall[SORT].value!;
    const c = after.metrics.overall[SORT].value!;
    expect(text).toContain("与上期比较");
    expect(text).toContain(`比上期${c > p ? "提升" : "下降"} ${Math.abs((c - p) * 100).toFixed(1)} 个百分点`);
    expect(text).toContain("各实施主体新增与已整改问题");
    expect(text).toMatch(/\d+（(?:↑\d+|↓\d+|—|新)）/);
  });

  it("metrics --compare HEAD~1 --format json: metrics.md's keys as without it, and an additive comparison", async () => {
    const args = ["metrics", "--format", "json", "--group-by", "department", "--sort", SORT];
    const plain = await runCli(args, { cwd: repo });
    const run = await runCli([...args, "--compare", "HEAD~1"], { cwd: repo });
    expect(run.status, run.stderr).not.toBe(2);
    const { comparison, ...rest } = JSON.parse(run.stdout);
    expect(rest).toEqual(JSON.parse(plain.stdout));
    expect(comparison.previous).toMatchObject({ source: "git", ref: "HEAD~1", items: before.metrics.items });
    for (const [id, change] of Object.entries(comparison.overall) as Array<[string, { previous: number; current: number; change: number }]>) {
      expect(change.previous, id).toBe(before.metrics.overall[id].value);
      expect(change.current, id).toBe(after.metrics.overall[id].value);
      expect(change.change, id).toBeCloseTo(after.metrics.overall[id].value! - before.metrics.overall[id].value!, 12);
    }
    expect(comparison.overall.meanRuns).toMatchObject({
      direction: after.metrics.overall.meanRuns.value! > before.metrics.overall.meanRuns.value! ? "up" : "down",
    });
    const previousRanks = ranks(before.metrics.groups.department);
    const currentRanks = ranks(after.metrics.groups.department);
    for (const row of comparison.rankings.department.rows as Array<{ group: string; rank: number; previousRank?: number; movement?: number }>) {
      expect(row.rank, row.group).toBe(currentRanks.get(row.group));
      expect(row.previousRank, row.group).toBe(previousRanks.get(row.group));
      if (row.previousRank !== undefined) expect(row.movement).toBe(row.previousRank - row.rank);
    }
    const table = await runCli(["metrics", "--sort", SORT, "--group-by", "department", "--compare", "HEAD~1", "--lang", "zh-CN"], { cwd: repo });
    expect(table.stdout).toContain("名次变化");
    expect(table.stdout).toMatch(/新 {2}/);
  });

  it("a saved metrics JSON: the figures and rankings compared, the findings not (a note says a git ref is needed)", async () => {
    const saved = path.join(repo, "上期.json");
    writeFileSync(saved, JSON.stringify(before.metrics));
    const metrics = await runCli(["metrics", "--format", "json", "--group-by", "department", "--sort", SORT, "--compare", "上期.json"], { cwd: repo });
    const { comparison } = JSON.parse(metrics.stdout);
    expect(comparison.previous).toMatchObject({ source: "file", file: "上期.json", items: before.metrics.items });
    expect(comparison.overall[SORT].change).toBeCloseTo(after.metrics.overall[SORT].value! - before.metrics.overall[SORT].value!, 12);
    expect(comparison.rankings.department.rows.filter((r: { movement?: number }) => r.movement === undefined)).not.toHaveLength(0);

    const report = await runCli(["report", "--compare", "上期.json", "--sort", SORT, "--format", "markdown", "--lang", "zh-CN"], { cwd: repo });
    expect(report.status, report.stderr).toBe(0);
    expect(report.stdout).toContain("上期：保存的指标文件 上期.json");
    expect(report.stdout).toContain("保存的指标文件不含问题清单：新增与已整改问题只能与 git 引用比较");
    expect(report.stdout).not.toContain("各实施主体新增与已整改问题");
    expect(report.stdout).toContain("| 名次 | 名次变化 |");
    rmSync(saved);
  });

  it("an argument that is neither a file nor a ref, or a file that is no metrics JSON, is exit 2 naming it", async () => {
    const bad = await runCli(["report", "--compare", "last-week"], { cwd: repo });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Option --compare: "last-week" is neither a file nor a git ref of the catalog');
    expect(bad.stderr).toContain("--compare HEAD~1");
    expect(bad.stdout).toBe("");
    const zh = await runCli(["metrics", "--compare", "-n", "--lang", "zh-CN"], { cwd: repo });
    expect(zh.status).toBe(2);
    expect(zh.stderr).toContain("选项 --compare：“-n”既不是文件，也不是目录所在 git 仓库的引用");
    const notGit = await runCli(["metrics", "--compare", "HEAD~1"], { cwd: tempDir() });
    expect(notGit.status).toBe(2);
    writeFileSync(path.join(repo, "notes.json"), '{"hello": 1}');
    const wrong = await runCli(["metrics", "--compare", "notes.json"], { cwd: repo });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain("cannot read the saved figures notes.json");
    rmSync(path.join(repo, "notes.json"));
  });

  it("a commit with no catalog is exit 2, not a comparison with guidelint's sample catalog", async () => {
    const dir = tempDir({ "README.md": "目录\n" });
    git(dir, "init", "-q");
    git(dir, "add", ".");
    git(dir, "commit", "-q", "-m", "empty");
    mkdirSync(path.join(dir, "catalog"));
    writeFileSync(path.join(dir, "catalog/a.yaml"), itemText());
    git(dir, "add", ".");
    git(dir, "commit", "-q", "-m", "catalog");
    const run = await runCli(["report", "--compare", "HEAD~1", "--format", "markdown"], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("the commit HEAD~1 has no catalog where this run finds one");
    expect(run.stdout).toBe("");
  });
});
