// The shipped CI integrations: they parse, and they run guidelint the way the docs say.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT } from "../support/cli.js";

const load = (file: string) => parse(readFileSync(path.join(ROOT, file), "utf8"));

describe("CI integrations", () => {
  it(".pre-commit-hooks.yaml has a per-file hook and a whole-catalog hook", () => {
    const hooks = load(".pre-commit-hooks.yaml");
    const byId = Object.fromEntries(hooks.map((h: any) => [h.id, h]));
    expect(Object.keys(byId)).toEqual(["guidelint", "guidelint-catalog"]);
    expect(byId.guidelint).toMatchObject({ entry: "guidelint lint --cache", language: "node", files: "\\.ya?ml$" });
    expect(byId.guidelint.pass_filenames).not.toBe(false);
    expect(byId["guidelint-catalog"]).toMatchObject({ entry: "guidelint lint --cache", pass_filenames: false });
    const files = new RegExp(byId.guidelint.files);
    const exclude = new RegExp(byId.guidelint.exclude);
    for (const f of ["catalog/510903/a.yaml", "catalog/b.yml"]) expect(files.test(f) && !exclude.test(f)).toBe(true);
    for (const f of ["guidelint.config.yaml", ".github/workflows/ci.yml"]) expect(exclude.test(f)).toBe(true);
  });

  it("action.yml is a composite action that annotates and uploads SARIF", () => {
    const action = load("action.yml");
    expect(action.runs.using).toBe("composite");
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(["paths", "args"]));
    const uses = action.runs.steps.map((s: any) => s.uses).filter(Boolean);
    expect(uses).toEqual(
      expect.arrayContaining([expect.stringMatching(/^actions\/setup-node@/), expect.stringMatching(/^github\/codeql-action\/upload-sarif@/)]),
    );
    const run = action.runs.steps.map((s: any) => s.run ?? "").join("\n");
    // guidelint runs from the action's own checkout, installed and built there, never fetched by name.
    expect(run).toMatch(/npm ci --prefix "\$GITHUB_ACTION_PATH"/);
    expect(run).toMatch(/node "\$GITHUB_ACTION_PATH\/bin\/guidelint\.js" lint --format github --format "sarif=/);
    expect(run).not.toMatch(/npx --yes/);
    expect(action.inputs["sarif-file"].default).toBe("guidelint.sarif");
  });

  it("the examples use the formats their CI reads", () => {
    const gh = load("examples/github-actions.yml");
    const steps = gh.jobs.guidelint.steps;
    expect(steps.map((s: any) => s.run ?? "").join("\n")).toContain("--format github --format sarif=guidelint.sarif");
    expect(steps.find((s: any) => String(s.uses).startsWith("github/codeql-action/upload-sarif")).with.sarif_file).toBe("guidelint.sarif");
    const gl = load("examples/gitlab-ci.yml").guidelint;
    expect(gl.script.join("\n")).toContain("--format gitlab=gl-code-quality.json --format junit=guidelint-junit.xml");
    expect(gl.artifacts.reports).toEqual({ codequality: "gl-code-quality.json", junit: "guidelint-junit.xml" });
  });
});
