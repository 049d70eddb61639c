// The real binary, bin/guidelint.js, as a child process: what the in-process tests cannot see
// (the shebang entry, process.exitCode, a closed pipe). Kept to a handful of spawns on purpose:
// each costs a Node start-up (about 1 s on a loaded 2-core machine); everything else runs main()
// in-process (test/support/cli.ts).
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, cliEnv, itemText, ROOT, spawnCli, tempDir } from "../support/cli.js";

const VERSION = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version;

// Each spawn is a Node start-up: seconds each when the machine is loaded.
describe("bin/guidelint.js", { timeout: 30_000 }, () => {
  it("lints the sample catalog from the repository root: its demo defects, exit 1", () => {
    const run = spawnCli([]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^catalog\/\d{6}\/.+\.yaml$/m);
    expect(run.stdout).toMatch(/✖ \d+ problems \(\d+ errors, \d+ warnings\)/);
    expect(run.stderr).toBe("");
  });

  it("exits 0 on a clean file and 2 on a usage error, which it names on stderr", () => {
    const dir = tempDir({ "a.yaml": itemText() });
    const clean = spawnCli(["a.yaml"], { cwd: dir });
    expect(clean.stdout).toMatch(/No problems in 1 file\./);
    expect(clean.status).toBe(0);
    const usage = spawnCli(["a.yaml", "--no-such-option"], { cwd: dir });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/Unknown option --no-such-option/);
  });

  it("--version prints package.json's version", () => {
    const run = spawnCli(["--version"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${VERSION}\n`);
  });

  it("writes the report to -o with nothing on stderr", () => {
    const file = path.join(tempDir(), "audit.html");
    const run = spawnCli(["report", "--profile", "sichuan-pengxi-2021", "-o", file]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(readFileSync(file, "utf8")).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
  });

  it("ends quietly when the reader closes the pipe early (`guidelint | head`)", async () => {
    const child = spawn(process.execPath, [BIN, "--format", "json"], { cwd: ROOT, env: cliEnv(), stdio: ["ignore", "pipe", "pipe"] });
    // Close our end before the CLI has started: its first write meets a closed pipe (EPIPE).
    child.stdout.destroy();
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const [status, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on("close", (code, sig) => resolve([code, sig])));
    expect(stderr).toBe("");
    expect(signal).toBeNull();
    // The run's own code (the sample catalog has errors: 1), never 2 or a crash: a closed pipe is
    // the reader's choice, not a failure.
    expect(status).toBe(1);
  });
});
