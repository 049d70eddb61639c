import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
// The built CLI (`pretest` builds; test/support/global-setup.ts rebuilds a stale dist/), so the
// in-process runs exercise the same code as bin/guidelint.js.
import { main } from "../../dist/cli/main.js";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const BIN = path.join(ROOT, "bin/guidelint.js");

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
}

/** The environment a CLI run sees: the test's, in English, in CI (no spinner), no forced colours; `env` on top. */
export function cliEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = {
    ...process.env,
    LANG: "en_US.UTF-8",
    LC_ALL: undefined,
    LC_MESSAGES: undefined,
    CI: "true",
    FORCE_COLOR: undefined,
    ...overrides,
  };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return env as NodeJS.ProcessEnv;
}

/** A non-TTY stdout/stderr that keeps every byte written to it. */
class CapturedStream extends Writable {
  readonly isTTY = false;
  private readonly chunks: Buffer[] = [];
  override _write(chunk: Buffer | string, encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, encoding));
    done();
  }
  text(): string {
    return Buffer.concat(this.chunks).toString("utf8");
  }
}

/**
 * Run the built CLI in this process through `main(argv, io)`, in a chosen folder and locale: what
 * a user's shell would see, without starting Node (about 1 s a run on a loaded 2-core machine).
 */
export async function runCli(args: string[], options: CliOptions = {}): Promise<CliRun> {
  const stdout = new CapturedStream();
  const stderr = new CapturedStream();
  const env = cliEnv(options.env);
  // Colours follow this run's env (io.env), never the test process's own.
  const status = await main([process.execPath, BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env,
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
  });
  return { status, stdout: stdout.text(), stderr: stderr.text() };
}

/** Run bin/guidelint.js as a child process, as a user does: only for the smoke tests of the real binary. */
export function spawnCli(args: string[], options: CliOptions = {}): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env: cliEnv(options.env), encoding: "utf8", timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder with the given files (text or bytes). */
export function tempDir(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), "guidelint-"));
  for (const [name, content] of Object.entries(files)) {
    const target = path.join(dir, name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return dir;
}

export const BASE_ITEM = readFileSync(path.join(ROOT, "fixtures/base-item.yaml"), "utf8");

/**
 * The base item with lines replaced. `subItem` (1–999) gives it its own code (the sub-item digits
 * of baseCode and code), so several items can share a catalog without breaking code-unique.
 */
export function itemText(replace: Record<string, string> = {}, subItem = 0): string {
  let text = BASE_ITEM;
  if (subItem > 0) {
    const tail = String(subItem).padStart(3, "0");
    text = text
      .replace('"11510921MB1538709A4000117600000"', `"11510921MB1538709A4000117600${tail}"`)
      .replace('baseCode: "000117600000"', `baseCode: "000117600${tail}"`);
  }
  for (const [from, to] of Object.entries(replace)) {
    if (!text.includes(from)) throw new Error(`base item has no "${from}"`);
    text = text.replace(from, to);
  }
  return text;
}
