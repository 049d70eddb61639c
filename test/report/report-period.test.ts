// 统计截至: every report states the date its figures stand at — --as-of, else the catalog's last
// commit (with its revision), else the day it is made — and when it was generated.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { reportPeriod } from "../../src/cli/report-period.js";
import { itemText, runCli, tempDir } from "../support/cli.js";

const NOW = new Date("2026-12-01T08:30:00Z");

function gitCatalog(): string {
  const dir = tempDir({ "catalog/a.yaml": itemText() });
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.org", ...args], {
      cwd: dir,
      env: { ...process.env, GIT_COMMITTER_DATE: "2026-11-27T10:00:00+08:00", GIT_AUTHOR_DATE: "2026-11-27T10:00:00+08:00" },
      stdio: "ignore",
    });
  git("init", "-q");
  git("add", ".");
  git("commit", "-q", "-m", "catalog");
  return dir;
}

describe("the report's period", () => {
  it("is --as-of when given, else the last commit with its revision, else today", () => {
    const repo = gitCatalog();
    const fromGit = reportPeriod(repo, undefined, NOW);
    expect(fromGit).toMatchObject({ asOf: "2026-11-27", source: "git", generatedAt: "2026-12-01T08:30:00.000Z" });
    expect(fromGit.revision).toMatch(/^[0-9a-f]{7,}$/);
    expect(reportPeriod(repo, "2026-11-30", NOW)).toMatchObject({ asOf: "2026-11-30", source: "option", revision: fromGit.revision });
    expect(reportPeriod(tempDir(), undefined, NOW)).toEqual({ asOf: "2026-12-01", source: "today", generatedAt: "2026-12-01T08:30:00.000Z" });
    expect(() => reportPeriod(tempDir(), "30.11.2026", NOW)).toThrow(/badAsOf/);
  });

  it("is stated under the title of the HTML and Markdown reports and in the CSV, in the user's language", async () => {
    const dir = gitCatalog();
    const run = await runCli(["report", "catalog", "--lang", "zh-CN", "-o", "r.md"], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(path.join(dir, "r.md"), "utf8")).toMatch(
      /\n统计截至 2026-11-27 · 目录版本 [0-9a-f]{7,} · 生成时间 \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\n/,
    );
    await runCli(["report", "catalog", "--as-of", "2026-11-30", "-o", "r.html"], { cwd: dir });
    expect(readFileSync(path.join(dir, "r.html"), "utf8")).toContain('<p class="meta period">Figures as of 2026-11-30 · catalog revision');
    await runCli(["report", "catalog", "--lang", "zh-CN", "--as-of", "2026-11-30", "-o", "r.csv"], { cwd: dir });
    expect(readFileSync(path.join(dir, "r.csv"), "utf8")).toContain('"统计截至","2026-11-30"');
    const bad = await runCli(["report", "catalog", "--as-of", "yesterday"], { cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('"yesterday" is no date');
  });
});
