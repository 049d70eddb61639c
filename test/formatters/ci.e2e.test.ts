// The CI formats through the built CLI, as a pipeline runs them.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempDir } from "../support/cli.js";
import { defectiveCatalog } from "./support.js";

describe("CI formats from the command line", () => {
  it("writes stylish to stdout and SARIF and GitLab reports to their files in one run", async () => {
    const dir = tempDir(defectiveCatalog());
    const run = await runCli(["lint", "catalog", "--format", "stylish", "--format", "sarif=out.sarif", "--format", "gitlab=gl.json"], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/✖ 6 problems \(5 errors, 1 warning\)/);
    expect(run.stdout).toContain("catalog/sub dir/b,c.yaml");
    const log = JSON.parse(readFileSync(path.join(dir, "out.sarif"), "utf8"));
    expect(log.version).toBe("2.1.0");
    expect(log.runs[0].results).toHaveLength(6);
    expect(log.runs[0].results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri)).toContain("catalog/a.yaml");
    const gl = readFileSync(path.join(dir, "gl.json"));
    expect(gl[0]).toBe("[".charCodeAt(0));
    const issues = JSON.parse(gl.toString("utf8"));
    expect(issues).toHaveLength(6);
    expect(new Set(issues.map((i: any) => i.fingerprint)).size).toBe(6);
  });

  it("with --format github, appends the full table to $GITHUB_STEP_SUMMARY", async () => {
    const dir = tempDir(defectiveCatalog());
    const summary = path.join(dir, "summary.md");
    writeFileSync(summary, "# earlier step\n");
    const run = await runCli(["lint", "catalog", "--format", "github"], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error file=catalog\/a\.yaml,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=[a-z-]+::.+$/m);
    const text = readFileSync(summary, "utf8");
    expect(text.startsWith("# earlier step\n")).toBe(true);
    expect(text).toContain("**guidelint**: 6 problems");
    expect(text.match(/^\| catalog\//gm)).toHaveLength(6);
  });

  it("leaves $GITHUB_STEP_SUMMARY alone for other formats", async () => {
    const dir = tempDir(defectiveCatalog());
    const summary = path.join(dir, "summary.md");
    await runCli(["lint", "catalog", "--format", "json"], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(existsSync(summary)).toBe(false);
  });
});
