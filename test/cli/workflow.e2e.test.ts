// The maintainer's workflow as a user runs it (in-process, the built CLI): suppressions, baselines, fixes, init, rules.
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import fg from "fast-glob";
import { describe, expect, it } from "vitest";
import { itemText, runCli, tempDir } from "../support/cli.js";

const WIDE_PHONE = "phone: ０８２５－５４３２１００";
const withPhone = (before: string, subItem = 0) => itemText({ "phone: 0825-5432100": `${before}${WIDE_PHONE}` }, subItem);
const json = (stdout: string) => JSON.parse(stdout);

describe("inline suppressions", () => {
  it("a suppression with a reason silences the finding: out of the exit code, countable in JSON", async () => {
    const dir = tempDir({ "catalog/a.yaml": withPhone("# guidelint-disable-next-line phone-format -- 与大厅公示一致\n") });
    const run = await runCli(["lint", "--rule", "phone-format:error", "--format", "json"], { cwd: dir });
    expect(run.status).toBe(0);
    const out = json(run.stdout);
    expect(out.results[0].findings).toEqual([]);
    expect(out.results[0].suppressed).toMatchObject([{ ruleId: "phone-format", reason: "与大厅公示一致" }]);
    expect(out.summary).toMatchObject({ errors: 0, suppressed: 1 });
  });

  it("a suppression without a reason still silences, and is a warning", async () => {
    const dir = tempDir({ "catalog/a.yaml": withPhone("# guidelint-disable-next-line phone-format\n") });
    const run = await runCli(["lint", "--rule", "phone-format:error", "--format", "json"], { cwd: dir });
    expect(run.status).toBe(0);
    const out = json(run.stdout);
    expect(out.results[0].findings).toMatchObject([{ ruleId: "disable-directive", messageId: "missingReason", severity: "warning" }]);
    expect(out.summary.suppressed).toBe(1);
  });

  it("a file-wide suppression covers catalog-wide findings on that file", async () => {
    const dir = tempDir({
      "catalog/a.yaml": itemText().replace("# A clean item", "# guidelint-disable code-unique -- merged next month\n#"),
      "catalog/b.yaml": itemText(),
    });
    const out = json((await runCli(["lint", "--format", "json"], { cwd: dir })).stdout);
    const byFile = Object.fromEntries(out.results.map((r: { file: string }) => [r.file, r]));
    expect(byFile["catalog/a.yaml"].findings).toEqual([]);
    expect(byFile["catalog/a.yaml"].suppressed).toMatchObject([{ ruleId: "code-unique" }]);
    expect(byFile["catalog/b.yaml"].findings).toMatchObject([{ ruleId: "code-unique" }]);
  });

  it("--report-unused-disables lists suppressions that suppress nothing", async () => {
    const dir = tempDir({
      "catalog/a.yaml": itemText({ "phone: 0825-5432100": "# guidelint-disable-next-line phone-format -- was wide\nphone: 0825-5432100" }),
    });
    expect(json((await runCli(["lint", "--format", "json"], { cwd: dir })).stdout).results[0].findings).toEqual([]);
    const run = await runCli(["lint", "--format", "json", "--report-unused-disables"], { cwd: dir });
    expect(json(run.stdout).results[0].findings).toMatchObject([{ ruleId: "disable-directive", messageId: "unused", line: 57 }]);
  });
});

describe("guidelint rules", () => {
  it("lists every rule with its default severity, fixability and docs page", async () => {
    const run = await runCli(["rules"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^phone-format\s+warning\s+yes\s+docs\/rules\/phone-format\.md$/m);
    expect(run.stdout).toMatch(/^disable-directive\s+warning\s+docs\/rules\/disable-directive\.md$/m);
    const entries = json((await runCli(["rules", "--format", "json", "--lang", "zh-CN"])).stdout);
    expect(entries.find((e: { id: string }) => e.id === "name-format")).toMatchObject({ defaultSeverity: "warning", fixable: true });
    expect(entries.find((e: { id: string }) => e.id === "phone-format").description).toMatch(/电话号码/);
  });

  it("prints one rule's docs page; an unknown id is a usage error with a suggestion", async () => {
    const run = await runCli(["rules", "phone-format"]);
    expect(run.status).toBe(0);
    // The page as written, less the docs generator's marker lines.
    const page = readFileSync(path.resolve(import.meta.dirname, "../../docs/rules/phone-format.md"), "utf8");
    expect(page).toMatch(/^<!-- begin generated/m);
    expect(run.stdout).toBe(page.replace(/^<!--[^\n]*-->\n/gm, ""));
    expect(run.stdout).not.toMatch(/<!--/);
    const bad = await runCli(["rules", "phone-formt"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/did you mean "phone-format"/);
  });
});

describe("baselines", () => {
  const ERROR_DEFECT = {
    "promised: { value: 5,  unit: working-day, note: 受理之日起5个工作日 }": "promised: { value: 30, unit: working-day, note: 受理之日起30个工作日 }",
  };

  it("--update-baseline records today's findings; --baseline then fails only on a new defect and lists stale entries", async () => {
    const dir = tempDir({ "catalog/a.yaml": itemText(ERROR_DEFECT, 1), "catalog/b.yaml": itemText({}, 2) });
    expect((await runCli(["lint"], { cwd: dir })).status).toBe(1);

    const update = await runCli(["lint", "--update-baseline"], { cwd: dir });
    expect(update.status).toBe(0);
    expect(update.stderr).toMatch(/Wrote the baseline \.guidelint-baseline\.json: 1 finding in 1 entry/);
    const text = readFileSync(path.join(dir, ".guidelint-baseline.json"), "utf8");
    expect(JSON.parse(text).entries).toEqual([
      { item: "11510921MB1538709A4000117600001", rule: "time-limit-exceeds-legal", path: "timeLimit.promised.value", messageId: "exceeds", count: 1 },
    ]);
    // Written twice, the same bytes: the file diffs cleanly.
    await runCli(["lint", "--update-baseline"], { cwd: dir });
    expect(readFileSync(path.join(dir, ".guidelint-baseline.json"), "utf8")).toBe(text);

    const known = await runCli(["lint", "--baseline", ".guidelint-baseline.json", "--format", "json"], { cwd: dir });
    expect(known.status).toBe(0);
    const out = json(known.stdout);
    expect(out.summary).toMatchObject({ errors: 0, baselined: 1 });
    expect(out.results.find((r: { file: string }) => r.file === "catalog/a.yaml").baselined).toMatchObject([{ ruleId: "time-limit-exceeds-legal" }]);

    // A new defect in another item fails the run; fixing the old one makes its entry stale.
    writeFileSync(path.join(dir, "catalog/b.yaml"), itemText(ERROR_DEFECT, 2));
    writeFileSync(path.join(dir, "catalog/a.yaml"), itemText({}, 1));
    const after = await runCli(["lint", "--baseline", ".guidelint-baseline.json", "--format", "json"], { cwd: dir });
    expect(after.status).toBe(1);
    expect(json(after.stdout).staleBaseline).toMatchObject([{ item: "11510921MB1538709A4000117600001" }]);
    expect(after.stderr).toMatch(/1 entry of the baseline .* no longer matches/);
  });

  it("a missing baseline file is a usage error", async () => {
    const dir = tempDir({ "catalog/a.yaml": itemText() });
    const run = await runCli(["lint", "--baseline", "nope.json"], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Cannot read the baseline nope\.json/);
  });
});

describe("fixes", () => {
  const SAMPLE = path.resolve(import.meta.dirname, "../../catalog");

  function copySample(): string {
    const dir = tempDir({ "guidelint.config.yaml": readFileSync(path.resolve(import.meta.dirname, "../../guidelint.config.yaml"), "utf8") });
    cpSync(SAMPLE, path.join(dir, "catalog"), { recursive: true });
    return dir;
  }

  const snapshot = (dir: string) =>
    Object.fromEntries(
      fg
        .sync("catalog/**/*", { cwd: dir, dot: true })
        .sort()
        .map((f) => [f, readFileSync(path.join(dir, f), "utf8")]),
    );

  it("on the sample catalog: changes only the fixed values, keeps every comment and byte, and a second run is a no-op", async () => {
    const dir = copySample();
    const before = snapshot(dir);
    const fixable = json((await runCli(["lint", "--format", "json"], { cwd: dir })).stdout).results.flatMap(
      (r: { file: string; findings: Array<{ line: number; fix?: unknown }> }) => r.findings.filter((f) => f.fix).map((f) => `${r.file}:${f.line}`),
    );
    expect(fixable.length).toBeGreaterThan(0);

    const run = await runCli(["fix", "--format", "json"], { cwd: dir });
    expect(run.stderr).toMatch(new RegExp(`Fixed ${fixable.length} problems in \\d+ files`));
    expect(json(run.stdout).summary.fixable).toBe(0);
    const after = snapshot(dir);
    expect(Object.keys(after)).toEqual(Object.keys(before)); // no temp files left behind
    const changedLines: string[] = [];
    for (const [file, text] of Object.entries(before)) {
      const old = text.split("\n");
      const now = after[file].split("\n");
      expect(now.length, file).toBe(old.length);
      old.forEach((line, i) => {
        if (line === now[i]) return;
        changedLines.push(`${file}:${i + 1}`);
        // The comment after the value survives.
        const comment = line.indexOf("  #");
        if (comment >= 0) expect(now[i].endsWith(line.slice(comment))).toBe(true);
      });
    }
    expect(changedLines.sort()).toEqual([...fixable].sort());

    const again = await runCli(["fix"], { cwd: dir });
    expect(again.stderr).toMatch(/Nothing to fix/);
    expect(snapshot(dir)).toEqual(after);
  });

  it("on a generated catalog: every quoting style and comment survives; re-lint finds nothing fixable", async () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 12; i++) {
      const phone = [
        "phone: ０８２５－５４３２１００  # 大厅",
        'phone: "０８２５－５４３２１００"',
        "phone: '０８２５５４３２１００'",
        "phone: ０８２５５４３２１００",
      ][i % 4];
      files[`catalog/item-${i}.yaml`] = itemText(
        { "phone: 0825-5432100": phone, "name: 食品经营许可（新办）": i % 2 ? "name: 食品经营许可(新办)  # 旧名" : "name: '食品经营许可(新办)'" },
        i,
      );
    }
    const dir = tempDir(files);
    await runCli(["lint", "--fix"], { cwd: dir });
    for (let i = 1; i <= 12; i++) {
      const text = readFileSync(path.join(dir, `catalog/item-${i}.yaml`), "utf8");
      const expected = itemText(
        {
          "phone: 0825-5432100": ["phone: 0825-5432100  # 大厅", 'phone: "0825-5432100"', "phone: '08255432100'", 'phone: "08255432100"'][i % 4],
          "name: 食品经营许可（新办）": i % 2 ? "name: 食品经营许可（新办）  # 旧名" : "name: '食品经营许可（新办）'",
        },
        i,
      );
      expect(text, `item-${i}`).toBe(expected);
    }
    const relint = json((await runCli(["lint", "--format", "json"], { cwd: dir })).stdout);
    expect(relint.summary).toMatchObject({ errors: 0, warnings: 0, fixable: 0 });
  });

  it("--fix-dry-run prints a unified diff and writes nothing", async () => {
    const text = itemText({ "name: 食品经营许可（新办）": "name: 食品经营许可(新办)" });
    const dir = tempDir({ "catalog/a.yaml": text });
    const run = await runCli(["lint", "--fix-dry-run"], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("--- a/catalog/a.yaml\n+++ b/catalog/a.yaml\n");
    expect(run.stdout).toContain("\n-name: 食品经营许可(新办)\n+name: 食品经营许可（新办）\n");
    expect(run.stderr).toMatch(/Would fix 1 problem in 1 file/);
    expect(readFileSync(path.join(dir, "catalog/a.yaml"), "utf8")).toBe(text);
  });
});

describe("guidelint init", () => {
  it("writes a config, a clean example item with the schema modeline and editor settings; the result lints clean", async () => {
    const dir = tempDir();
    const run = await runCli(["init"], { cwd: dir });
    expect(run.status).toBe(0);
    for (const file of ["guidelint.config.yaml", "catalog/example.yaml", ".vscode/settings.json"]) {
      expect(run.stdout).toContain(`Wrote ${file}`);
      expect(existsSync(path.join(dir, file))).toBe(true);
    }
    expect(run.stdout).toMatch(/\.git\/hooks\/pre-commit/);
    expect(readFileSync(path.join(dir, "catalog/example.yaml"), "utf8")).toMatch(
      /^# yaml-language-server: \$schema=\S+\/schemas\/service-guide\.schema\.json\n/,
    );
    expect(readFileSync(path.join(dir, "guidelint.config.yaml"), "utf8")).toMatch(/^# yaml-language-server: \$schema=\S+\/schemas\/config\.schema\.json\n/);
    const settings = JSON.parse(readFileSync(path.join(dir, ".vscode/settings.json"), "utf8"))["yaml.schemas"];
    const [schema] = Object.keys(settings).filter((k) => settings[k] === "catalog/**/*.yaml");
    expect(existsSync(path.resolve(dir, schema))).toBe(true);
    const lint = await runCli(["lint"], { cwd: dir });
    expect(lint.stdout).toMatch(/No problems in 1 file\./);
    expect(lint.status).toBe(0);
  });

  it("never overwrites an existing file without --force, and says which it skipped", async () => {
    const dir = tempDir({ "guidelint.config.yaml": "catalog: [mine/**/*.yaml]\n" });
    const run = await runCli(["init"], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Skipped guidelint\.config\.yaml: it exists \(use --force/);
    expect(run.stdout).toContain("Wrote catalog/example.yaml");
    expect(readFileSync(path.join(dir, "guidelint.config.yaml"), "utf8")).toBe("catalog: [mine/**/*.yaml]\n");
    const forced = await runCli(["init", "--force", "--lang", "zh-CN"], { cwd: dir });
    expect(forced.stdout).toContain("已写入 guidelint.config.yaml");
    expect(readFileSync(path.join(dir, "guidelint.config.yaml"), "utf8")).toMatch(/catalog: \["catalog\/\*\*\/\*\.yaml"\]/);
  });

  it("ships the example item equal to fixtures/base-item.yaml", async () => {
    const { EXAMPLE_ITEM } = await import("../../src/cli/init-command.js");
    const base = readFileSync(path.resolve(import.meta.dirname, "../../fixtures/base-item.yaml"), "utf8");
    expect(EXAMPLE_ITEM).toBe(base.split("\n").slice(2).join("\n"));
  });
});
