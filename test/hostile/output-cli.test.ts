// The hostile corpus through the CLI, in-process (runCli → main): hostile refs for --changed,
// hostile formats, file names, item codes, departments, path arguments and config keys, each with
// what the user's terminal, spreadsheet, PR comment or file system must not see.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { itemText, runCli, tempDir } from "../support/cli.js";
import { csvCells, formulaCells, HTML_FORBIDDEN, OWN_COLOURS, RAW_CONTROL } from "./output-support.js";

const CODE_LINE = 'code: "11510921MB1538709A4000117600000"';
const department = (name: string) => ({ "department: 蓬溪县行政审批局": `department: ${name}` });

describe("--changed: the ref is resolved to a commit, never passed to git diff as an option", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir({ "guidelint.config.yaml": 'catalog: ["catalog/**/*.yaml"]\n', "catalog/a.yaml": itemText(), "catalog/b.yaml": itemText({}, 1) });
    const git = (...args: string[]) => spawnSync("git", ["-c", "user.email=t@example.com", "-c", "user.name=t", ...args], { cwd: dir, encoding: "utf8" });
    git("init", "-q");
    git("add", ".");
    git("commit", "-qm", "init");
    writeFileSync(path.join(dir, "catalog/b.yaml"), itemText({ "name: 食品经营许可（新办）": "name: 食品经营许可(新办)" }, 1));
  });

  it.each([
    "--output=PWNED",
    "--output=sub/PWNED",
    "--ext-diff",
    "--no-index",
    "-oPWNED",
    "--help",
    "-p",
    "HEAD --output=PWNED",
    "$(touch PWNED)",
    "no-such-ref",
    "HEAD:catalog/a.yaml",
  ])("%j: exit 2 with badChanged, no file written", async (ref) => {
    const before = readdirSync(dir).sort();
    const run = await runCli(["lint", `--changed=${ref}`, "--format", "json"], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`--changed ${ref}: git could not list the changed files`);
    expect(run.stdout).toBe("");
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(existsSync(path.join(dir, "PWNED"))).toBe(false);
  });

  it("a real ref still works: HEAD lists the changed file", async () => {
    const run = await runCli(["lint", "--changed=HEAD", "--format", "json"], { cwd: dir });
    expect(JSON.parse(run.stdout).results.map((r: { file: string }) => r.file)).toEqual(["catalog/b.yaml"]);
  });

  it("the error is in Chinese under a Chinese locale", async () => {
    const run = await runCli(["lint", "--changed=--output=PWNED"], { cwd: dir, env: { LANG: "zh_CN.UTF-8" } });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("git 无法列出变更文件");
  });
});

describe("two formats to stdout are a usage error, not a glued document", () => {
  it.each([
    [["lint", "--format", "json", "--format", "sarif"], "json, sarif", "--format sarif=report.sarif"],
    [["lint", "--format", "stylish", "--format", "csv"], "stylish, csv", "--format csv=report.csv"],
    [["lint", "--format", "json", "--format", "json"], "json, json", "--format json=report.json"],
    [["lint", "--format", "json", "--format", "sarif", "--format", "csv", "-o", "x.csv"], "json, sarif", "--format sarif=report.sarif"],
    [["metrics", "--format", "table", "--format", "csv"], "table, csv", "--format csv=report.csv"],
  ])("%j", async (args, formats, example) => {
    const dir = tempDir({ "catalog/a.yaml": itemText() });
    const run = await runCli(args, { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(formats);
    expect(run.stderr).toContain(example);
  });

  it("says so in Chinese too", async () => {
    const run = await runCli(["lint", "--format", "json", "--format", "sarif"], {
      cwd: tempDir({ "catalog/a.yaml": itemText() }),
      env: { LANG: "zh_CN.UTF-8" },
    });
    expect(run.stderr).toContain("只有一种输出可以写到标准输出");
  });

  it("one to stdout and one to a file is fine, and the stdout one is whole JSON", async () => {
    const dir = tempDir({ "catalog/a.yaml": itemText() });
    const run = await runCli(["lint", "--format", "json", "--format", "sarif=out.sarif"], { cwd: dir });
    expect(run.status).toBe(0);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
    expect(JSON.parse(readFileSync(path.join(dir, "out.sarif"), "utf8")).version).toBe("2.1.0");
  });
});

describe("CSV formula injection in the lint, metrics and report CSVs", () => {
  it("an item code +1+1 in the lint CSV", async () => {
    const dir = tempDir({ "catalog/a.yaml": itemText({ [CODE_LINE]: 'code: "+1+1"' }) });
    const run = await runCli(["lint", "--format", "csv"], { cwd: dir });
    expect(formulaCells(run.stdout)).toEqual([]);
    expect(csvCells(run.stdout).some((row) => row[5] === "'+1+1")).toBe(true);
  });

  it("a file named =HYPERLINK(…).yaml, linted from its folder", async () => {
    const name = '=HYPERLINK("http:evil.example","x").yaml';
    const dir = tempDir({ [`catalog/${name}`]: itemText({ [CODE_LINE]: 'code: "=1+1"' }) });
    const run = await runCli(["lint", ".", "--format", "csv"], { cwd: path.join(dir, "catalog") });
    expect(formulaCells(run.stdout)).toEqual([]);
    expect(csvCells(run.stdout)[1][0]).toBe(`'${name}`);
  });

  it("a department =1+1 in the metrics CSV; negative numbers stay numbers", async () => {
    const dir = tempDir({ "catalog/a.yaml": itemText(department('"=1+1"')), "catalog/b.yaml": itemText(department('"@SUM(A1)"'), 1) });
    const run = await runCli(["metrics", "--group-by", "department", "--format", "csv"], { cwd: dir });
    const cells = csvCells(run.stdout).flat();
    expect(cells).toContain("'=1+1");
    expect(cells).toContain("'@SUM(A1)");
    expect(cells.filter((c) => /^[=+@\t\r]/.test(c) || /^-(?!\d)/.test(c))).toEqual([]);
  });

  it("a department and an item code in the report CSV", async () => {
    const dir = tempDir({ "catalog/a.yaml": itemText({ ...department('"-1+1"'), [CODE_LINE]: 'code: "@x"' }) });
    const out = path.join(dir, "report.csv");
    await runCli(["report", "--format", `csv=${out}`], { cwd: dir });
    const cells = csvCells(readFileSync(out, "utf8")).flat();
    expect(cells.filter((c) => /^[=+@\t\r]/.test(c) || /^-(?!\d)/.test(c))).toEqual([]);
    expect(cells).toContain("'@x");
  });
});

describe("terminal escapes from data reach the terminal escaped", () => {
  it("stylish with colours: an item code holding OSC and CSI", async () => {
    const dir = tempDir({ "catalog/a.yaml": itemText({ [CODE_LINE]: 'code: "\\e]0;pwned\\a\\e[2J\\x9b"' }) });
    const run = await runCli(["lint"], { cwd: dir, env: { FORCE_COLOR: "1" } });
    expect(run.stdout).toMatch(OWN_COLOURS);
    expect(run.stdout.replace(OWN_COLOURS, "")).not.toMatch(RAW_CONTROL);
    // An item rule's message names invisible characters (src/text/visible.ts) before the terminal
    // escaping would: either way the control shows, and none acts.
    expect(run.stdout).toContain("<U+001B (control character)>]0;pwned<U+0007 (control character)>");
  });

  it("a file name holding ESC in stylish", async () => {
    const dir = tempDir({ "catalog/\u001b[2Jx.yaml": itemText({ "name: 食品经营许可（新办）": "name: 食品经营许可(新办)" }) });
    const run = await runCli(["lint"], { cwd: dir });
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(run.stdout).toContain("catalog/\\e[2Jx.yaml");
  });

  it("a department holding OSC 8 in the metrics table", async () => {
    const dir = tempDir({ "catalog/a.yaml": itemText(department('"\\e]8;;https://evil.example\\e\\\\局\\e]8;;\\e\\\\"')) });
    const run = await runCli(["metrics", "--group-by", "department"], { cwd: dir });
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(run.stdout).toContain("\\e]8;;https://evil.example\\e\\局");
  });

  it.each([
    ["a path argument", ["lint", "catalog/\u001b]0;pwned\u0007"], "\\e]0;pwned\\a"],
    ["a --format value", ["lint", "--format", "\u001b[2Jx"], "\\e[2Jx"],
    ["a --changed value", ["lint", "--changed=\u009b2J"], "\\x9b2J"],
    ["a --shard value", ["lint", "--shard", "\u001b[2J"], "\\e[2J"],
    ["a --group-by value", ["metrics", "--group-by", "\u001b]0;x\u0007"], "\\e]0;x\\a"],
    ["a --rule value", ["lint", "--rule", "\u001b[2J:error"], "\\e[2J"],
  ])("%s in a usage error", async (_, args, shown) => {
    const dir = tempDir({ "catalog/a.yaml": itemText() });
    const run = await runCli(args, { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).not.toMatch(RAW_CONTROL);
    expect(run.stderr).toContain(shown);
  });

  it("a config key holding ESC in the config error", async () => {
    const dir = tempDir({ "guidelint.config.yaml": '"\\e]0;pwned\\a": 1\n', "catalog/a.yaml": itemText() });
    const run = await runCli(["lint"], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).not.toMatch(RAW_CONTROL);
    expect(run.stderr).toContain("\\e]0;pwned\\a");
  });
});

describe("HTML and Markdown from hostile data", () => {
  const hostile = () =>
    tempDir({
      "catalog/a.yaml": itemText({ ...department('"</td></table><img src=x onerror=alert(1)>\\x01\\e"'), [CODE_LINE]: 'code: "<b>|x\\x01"' }),
      "catalog/b.yaml": itemText(department('"A|B&C"'), 1),
    });

  it("the HTML report has no forbidden code point and no tag from data", async () => {
    const dir = hostile();
    await runCli(["report", "--format", "html=r.html"], { cwd: dir });
    const html = readFileSync(path.join(dir, "r.html"), "utf8");
    expect(html).not.toMatch(HTML_FORBIDDEN);
    expect(html).not.toContain("<img src=x");
    expect(html).not.toContain("<b>|x");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;\\x01\\e");
  });

  it("the Markdown report: data closes no table, opens no tag", async () => {
    const dir = hostile();
    await runCli(["report", "--format", "markdown=r.md"], { cwd: dir });
    const md = readFileSync(path.join(dir, "r.md"), "utf8");
    expect(md).not.toMatch(HTML_FORBIDDEN);
    expect(md).not.toMatch(/<\/?(td|table|img|b)\b/);
    expect(md).toContain("&lt;/td&gt;&lt;/table&gt;&lt;img src=x onerror=alert(1)&gt;");
  });

  it("the metrics Markdown: one row per department, no tag", async () => {
    const dir = hostile();
    const run = await runCli(["metrics", "--group-by", "department", "--format", "markdown"], { cwd: dir });
    expect(run.stdout).not.toMatch(HTML_FORBIDDEN);
    expect(run.stdout).not.toMatch(/<\/?(td|table|img)\b/);
    expect(run.stdout).toContain("A\\|B&amp;C");
    const section = run.stdout.slice(run.stdout.lastIndexOf("###"));
    expect(section.split("\n").filter((l) => l.startsWith("| ")).length).toBe(2 + 2); // header, rule, two departments
  });

  it("the lint Markdown and the GitHub job summary: as many rows as findings", async () => {
    const dir = hostile();
    const summary = path.join(dir, "summary.md");
    writeFileSync(summary, "");
    const json = JSON.parse((await runCli(["lint", "--format", "json"], { cwd: dir })).stdout);
    const findings = json.results.reduce((n: number, r: { findings: unknown[] }) => n + r.findings.length, 0);
    await runCli(["lint", "--format", "github"], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
    const md = readFileSync(summary, "utf8");
    expect(md).not.toMatch(HTML_FORBIDDEN);
    expect(md).not.toMatch(/<(?!br>)/);
    expect(findings).toBeGreaterThan(0);
    expect(md.split("\n").filter((l) => l.startsWith("| ")).length).toBe(1 + findings); // the header (the rule is |---|) and the findings
  });
});
