// Hostile input that could block: a FIFO where guidelint expects a file (opening one for reading
// waits for a writer that never comes), and a terminal that reports 0 columns (ora divided by
// the width and spun for ever). These run the real binary in a child process with a time limit,
// so a regression fails the case (status null: killed) instead of hanging the suite.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, cliEnv, itemText, tempDir } from "../support/cli.js";

const LIMIT_MS = 30_000;
/** util-linux's script(1): runs a command on a fresh pseudo-terminal. */
const SCRIPT = "/usr/bin/script";
const CONFIG = 'catalog: ["catalog/**/*.yaml"]\n';

function runBounded(args: string[], cwd: string, env: Record<string, string | undefined> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, env: cliEnv(env), encoding: "utf8", timeout: LIMIT_MS });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A folder with one clean item and a FIFO at `fifo`. */
function withFifo(files: Record<string, string>, fifo: string): string {
  const dir = tempDir({ "catalog/a.yaml": itemText(), ...files });
  execFileSync("mkfifo", [path.join(dir, fifo)]);
  return dir;
}

const FIFO_CASES: Array<{ name: string; files: Record<string, string>; fifo: string; args: string[]; status: number; stderr?: RegExp; stdout?: RegExp }> = [
  { name: "-c a FIFO", files: {}, fifo: "c.yaml", args: ["lint", "-c", "c.yaml"], status: 2, stderr: /config file c\.yaml: it is not a regular file/ },
  {
    name: "a list that is a FIFO",
    files: { "guidelint.config.yaml": `${CONFIG}lists: { eLicenses: l.yaml }\n` },
    fifo: "l.yaml",
    args: ["lint"],
    status: 2,
    stderr: /eLicenses list l\.yaml .*not a regular file/,
  },
  {
    name: "the base catalog a FIFO (config)",
    files: { "guidelint.config.yaml": `${CONFIG}baseCatalog: b.yaml\n` },
    fifo: "b.yaml",
    args: ["lint"],
    status: 2,
    stderr: /basic catalog b\.yaml .*not a regular file/,
  },
  {
    name: "--base-catalog a FIFO",
    files: { "guidelint.config.yaml": CONFIG },
    fifo: "b.yaml",
    args: ["lint", "--base-catalog", "b.yaml"],
    status: 2,
    stderr: /basic catalog b\.yaml .*not a regular file/,
  },
  {
    name: "a profile that is a FIFO (config)",
    files: { "guidelint.config.yaml": `${CONFIG}profile: ./p.yaml\n` },
    fifo: "p.yaml",
    args: ["lint"],
    status: 2,
    stderr: /profile p\.yaml .*not a regular file/,
  },
  {
    name: "--profile a FIFO (metrics)",
    files: { "guidelint.config.yaml": CONFIG },
    fifo: "p.yaml",
    args: ["metrics", "--profile", "./p.yaml"],
    status: 2,
    stderr: /p\.yaml.*not a regular file/,
  },
  // A channel whose snapshot is neither a file nor a folder is a usage error, as a missing one is.
  {
    name: "a channel that is a FIFO (config)",
    files: { "guidelint.config.yaml": `${CONFIG}channels: { pc: s.yaml }\n` },
    fifo: "s.yaml",
    args: ["lint"],
    status: 2,
    stderr: /channel pc, s\.yaml, is neither a file nor a folder/,
  },
  {
    name: "--channel a FIFO",
    files: { "guidelint.config.yaml": CONFIG },
    fifo: "s.yaml",
    args: ["lint", "--channel", "pc=s.yaml"],
    status: 2,
    stderr: /channel pc, s\.yaml, is neither a file nor a folder/,
  },
  {
    name: "an item named on the command line that is a FIFO",
    files: { "guidelint.config.yaml": CONFIG },
    fifo: "catalog/f.yaml",
    args: ["lint", "catalog/f.yaml"],
    status: 1,
    stdout: /f\.yaml[\s\S]*1:1\s+error\s+The file cannot be read: it is not a regular file\.\s+yaml-syntax/,
  },
  // A catalog glob finds files only: the FIFO is not one, so it is not opened at all.
  {
    name: "a FIFO inside the catalog folder",
    files: { "guidelint.config.yaml": CONFIG },
    fifo: "catalog/f.yaml",
    args: ["lint"],
    status: 0,
    stdout: /No problems in 1 file/,
  },
  {
    name: "a baseline that is a FIFO",
    files: { "guidelint.config.yaml": CONFIG },
    fifo: "baseline.json",
    args: ["lint", "--baseline", "baseline.json"],
    status: 2,
    stderr: /baseline\.json.*not a regular file/,
  },
];

describe("input that could block: each run ends, with its answer", () => {
  it.each(FIFO_CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const dir = withFifo(c.files, c.fifo);
    const run = runBounded(c.args, dir);
    const shown = `status ${run.status}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;
    expect(run.status, shown).toBe(c.status);
    if (c.stderr) expect(run.stderr, shown).toMatch(c.stderr);
    if (c.stdout) expect(run.stdout, shown).toMatch(c.stdout);
  });

  // `script` gives the run a pseudo-terminal that reports 0 columns (no size was ever set on it).
  it.runIf(existsSync(SCRIPT)).each(["lint", "metrics", "report -o r.html"])("a terminal of 0 columns: `%s` ends", (command) => {
    const dir = tempDir({ "guidelint.config.yaml": CONFIG, "catalog/a.yaml": itemText() });
    const result = spawnSync(SCRIPT, ["-qec", `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} ${command}; echo "exit=$?"`, "/dev/null"], {
      cwd: dir,
      env: cliEnv({ CI: undefined, GITHUB_ACTIONS: undefined }),
      encoding: "utf8",
      timeout: LIMIT_MS,
    });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/exit=0/);
  });
});
