import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
const BIN = path.join(ROOT, "bin/guidelint.js");

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Run the built CLI as a user would: a child process, in a chosen folder and locale. */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string | undefined> } = {}): CliRun {
  const env: Record<string, string | undefined> = { ...process.env, LANG: "en_US.UTF-8", LC_ALL: undefined, LC_MESSAGES: undefined, CI: "true", FORCE_COLOR: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env: env as NodeJS.ProcessEnv, encoding: "utf8", timeout: 60_000 });
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
    text = text.replace('"11510921MB1538709A4000117600000"', `"11510921MB1538709A4000117600${tail}"`).replace('baseCode: "000117600000"', `baseCode: "000117600${tail}"`);
  }
  for (const [from, to] of Object.entries(replace)) {
    if (!text.includes(from)) throw new Error(`base item has no "${from}"`);
    text = text.replace(from, to);
  }
  return text;
}
