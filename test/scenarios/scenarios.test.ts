// Every test/scenarios/*.scenario: one run of the built CLI (in-process) compared in full with the
// stdout, stderr and exit code the file holds. `UPDATE_SCENARIOS=1 npx vitest run test/scenarios`
// rewrites the expectations from what the CLI prints now; review the diff before committing it.
import { readFileSync, realpathSync, writeFileSync } from "node:fs";
import path from "node:path";
import fg from "fast-glob";
import { describe, expect, it } from "vitest";
import { ROOT, runCli, tempDir } from "../support/cli.js";
import { normalise, parseScenario, readSections, splitCommand, withOutcome, writeSections } from "../support/scenarios.js";

const DIR = import.meta.dirname;
const UPDATE = process.env.UPDATE_SCENARIOS === "1";
const VERSION = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version;
const FILES = fg.sync("*.scenario", { cwd: DIR }).sort();

/** Only what the scenario names: nothing from the shell that runs the tests (GITHUB_STEP_SUMMARY, LC_ALL, …). */
function scenarioEnv(env: Record<string, string>): Record<string, string | undefined> {
  const cleared = Object.fromEntries(Object.keys(process.env).map((key) => [key, undefined]));
  return { ...cleared, LANG: "en_US.UTF-8", CI: "true", ...env };
}

describe("scenarios", () => {
  it("there are scenario files to run", () => {
    expect(FILES.length).toBeGreaterThan(0);
  });

  for (const file of FILES) {
    const text = readFileSync(path.join(DIR, file), "utf8");
    const scenario = parseScenario(text, file);
    it(`${file}: ${scenario.test}`, async () => {
      const tmp = realpathSync(tempDir(scenario.assets));
      // Files outside the working folder show as a path from it: from {tmp} that climbs to the root.
      const dirs: Array<[string, string]> = [
        [tmp, "{tmp}"],
        [ROOT, "{root}"],
        [realpathSync(ROOT), "{root}"],
        [path.relative(tmp, ROOT), "{tmp-to-root}"],
      ];
      const places = { dirs, version: VERSION };
      const args = scenario.command.map((word) => word.split("{tmp}").join(tmp));
      const run = await runCli(args, { cwd: scenario.cwd === "temp" ? tmp : ROOT, env: scenarioEnv(scenario.env) });
      const outcome = { status: run.status ?? -1, stdout: normalise(run.stdout, places), stderr: normalise(run.stderr, places) };

      if (UPDATE) {
        const updated = writeSections(withOutcome(readSections(text, file), outcome));
        if (updated !== text) writeFileSync(path.join(DIR, file), updated);
        return;
      }
      const hint = `${file} (UPDATE_SCENARIOS=1 npx vitest run test/scenarios rewrites it)`;
      expect(scenario.status, `${hint}: no ====status==== yet`).toBeDefined();
      expect(outcome.stdout, `${hint}: stdout`).toBe(scenario.stdout);
      expect(outcome.stderr, `${hint}: stderr`).toBe(scenario.stderr);
      expect(outcome.status, `${hint}: exit code`).toBe(scenario.status);
    });
  }
});

describe("the scenario file format", () => {
  it("gives every body back as written, with or without a final newline, empty or blank", () => {
    const bodies = new Map([
      ["test", "a title"],
      ["command", 'lint "sub dir/a.yaml" --format json'],
      ["asset:sub dir/a.yaml", "name: x\n"],
      ["status", "1"],
      ["stdout", "no final newline"],
      ["stderr", "\n\ntwo blank lines, then this\n\n"],
    ]);
    const text = writeSections(bodies);
    expect(readSections(text)).toEqual(bodies);
    expect(writeSections(new Map([["stdout", ""]]))).toBe("====stdout====\n\n");
    expect(readSections("====stdout====\n\n====stderr====\nx\n")).toEqual(
      new Map([
        ["stdout", ""],
        ["stderr", "x"],
      ]),
    );
  });

  it("refuses a body that would read as a section, a section twice and an unknown one", () => {
    expect(() => writeSections(new Map([["stdout", "ok\n====stderr====\n"]]))).toThrow(/reads as a ====section====/);
    expect(() => readSections("====stdout====\na\n====stdout====\nb\n")).toThrow(/appears twice/);
    expect(() => readSections("====stdot====\na\n")).toThrow(/unknown section/);
    expect(() => readSections("text first\n====stdout====\n")).toThrow(/does not start/);
  });

  it("reads the command, the env and the working folder; the update keeps what a person wrote", () => {
    const text = '====test====\nt\n====command====\nlint  "a b.yaml" -o {tmp}/x\n====env====\nLANG=zh_CN.UTF-8\n====asset:a b.yaml====\nx: 1\n';
    const scenario = parseScenario(text);
    expect(scenario).toMatchObject({
      command: ["lint", "a b.yaml", "-o", "{tmp}/x"],
      env: { LANG: "zh_CN.UTF-8" },
      cwd: "temp",
      assets: { "a b.yaml": "x: 1" },
    });
    expect(scenario.status).toBeUndefined();
    expect(parseScenario("====test====\nt\n====command====\nrules\n").cwd).toBe("root");
    const updated = writeSections(withOutcome(readSections(text), { status: 2, stdout: "", stderr: "guidelint: no\n" }));
    expect(updated.startsWith(text)).toBe(true);
    expect(parseScenario(updated)).toMatchObject({ status: 2, stdout: "", stderr: "guidelint: no\n" });
    expect(() => splitCommand('lint "a.yaml')).toThrow(/unbalanced quote/);
  });

  it("normalises folders, the version, a BOM and CR, and nothing else", () => {
    const places = {
      dirs: [
        ["/tmp/guidelint-x", "{tmp}"],
        ["/repo", "{root}"],
        ["/repo/catalog", "{catalog}"],
      ] as Array<[string, string]>,
      version: "1.2.3",
    };
    expect(normalise("\uFEFFa,b\r\n/repo/catalog/a.yaml /repo/x /tmp/guidelint-x/y\r\n", places)).toBe("<BOM>a,b␍\n{catalog}/a.yaml {root}/x {tmp}/y␍\n");
    expect(normalise('"version": "1.2.3", guidelint@1.2.3/docs, 11.2.3, 1.2.30, 1.2.3.4', places)).toBe(
      '"version": "{version}", guidelint@{version}/docs, 11.2.3, 1.2.30, 1.2.3.4',
    );
  });
});
