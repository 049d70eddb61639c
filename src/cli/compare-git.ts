// The catalog as it was at a git ref, written out to a temporary folder so the same pass can run
// on it. Blobs are streamed through one `git cat-file --batch` (one process for 100,000 files, no
// shell, arguments as an array); a ref that looks like an option is never handed to git.
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface GitRef {
  /** As the user wrote it (HEAD~1, v2026-11, a hash). */
  ref: string;
  commit: string;
  revision: string;
  /** The commit's date, YYYY-MM-DD. */
  date: string;
  /** The repository's top folder, and cwd's place inside it (`sub/dir/` or ""). */
  top: string;
  prefix: string;
}

function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 30_000, maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

/** The commit `ref` names in cwd's repository; undefined when cwd is no checkout or ref names no commit. */
export function resolveGitRef(cwd: string, ref: string): GitRef | undefined {
  if (ref === "" || ref.startsWith("-")) return undefined;
  const top = git(cwd, ["rev-parse", "--show-toplevel"])?.trim();
  if (!top) return undefined;
  const commit = git(cwd, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])?.trim();
  if (!commit) return undefined;
  const [date = "", revision = commit.slice(0, 7)] = (git(cwd, ["log", "-1", "--format=%cs %h", commit]) ?? "").trim().split(" ");
  const prefix = git(cwd, ["rev-parse", "--show-prefix"])?.trim() ?? "";
  return { ref, commit, revision, date, top, prefix };
}

interface TreeEntry {
  object: string;
  file: string;
}

/** The regular files of the commit (symbolic links and submodules are left out). */
function treeFiles(at: GitRef): TreeEntry[] {
  const out = git(at.top, ["ls-tree", "-r", "-z", "--full-tree", at.commit]) ?? "";
  const entries: TreeEntry[] = [];
  for (const record of out.split("\0")) {
    const tab = record.indexOf("\t");
    if (tab < 0) continue;
    const [mode, type, object] = record.slice(0, tab).split(" ");
    if (type === "blob" && (mode === "100644" || mode === "100755")) entries.push({ object, file: record.slice(tab + 1) });
  }
  return entries;
}

/**
 * Writes every file of the commit under a new temporary folder; returns the folder that stands
 * for cwd in it, and a function that removes it all.
 */
export async function checkoutToTemp(at: GitRef): Promise<{ cwd: string; root: string; dispose: () => void }> {
  const root = mkdtempSync(path.join(tmpdir(), "guidelint-previous-"));
  const dispose = () => rmSync(root, { recursive: true, force: true });
  try {
    const entries = treeFiles(at);
    // One mkdir per folder, not per file: a catalog has thousands of files in a few hundred folders.
    const made = new Set<string>();
    await streamBlobs(at.top, entries, (entry, bytes) => {
      const target = path.join(root, ...entry.file.split("/"));
      // A tree entry cannot climb out (git refuses `..` names), but a path is checked all the same.
      if (!target.startsWith(root + path.sep)) return;
      const folder = path.dirname(target);
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        made.add(folder);
      }
      writeFileSync(target, bytes);
    });
    return { cwd: path.join(root, ...at.prefix.split("/").filter(Boolean)), root, dispose };
  } catch (error) {
    dispose();
    throw error;
  }
}

/** Each blob's bytes, in order, from one `git cat-file --batch`: `<oid> blob <size>\n<bytes>\n` per request. */
function streamBlobs(cwd: string, entries: readonly TreeEntry[], onBlob: (entry: TreeEntry, bytes: Buffer) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    if (entries.length === 0) return resolve();
    const child = spawn("git", ["cat-file", "--batch"], { cwd, stdio: ["pipe", "pipe", "pipe"] });
    let pending = Buffer.alloc(0);
    let next = 0;
    let failed: Error | undefined;
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    // Chunks wait in a list until a whole blob is there: a 50 MB blob is not copied once per chunk.
    let waiting: Buffer[] = [];
    let waitingBytes = 0;
    let needed = 0;
    let ended = false;
    child.stdout.on("data", (chunk: Buffer) => {
      waiting.push(chunk);
      waitingBytes += chunk.length;
      if (waitingBytes < needed) return;
      pending = Buffer.concat([pending, ...waiting]);
      waiting = [];
      waitingBytes = 0;
      needed = 0;
      while (next < entries.length && !failed) {
        const newline = pending.indexOf(10);
        if (newline < 0) break;
        const header = pending.subarray(0, newline).toString("utf8").split(" ");
        if (header[1] !== "blob") {
          failed = new Error(`git cat-file: ${header.join(" ")}`);
          break;
        }
        const end = newline + 1 + Number(header[2]);
        if (pending.length < end + 1) {
          needed = end + 1 - pending.length;
          break;
        }
        try {
          onBlob(entries[next++], pending.subarray(newline + 1, end));
        } catch (error) {
          failed = error as Error;
          break;
        }
        pending = pending.subarray(end + 1);
      }
      if (failed) child.kill();
      if (!ended && (failed || next === entries.length)) {
        ended = true;
        child.stdin.end();
      }
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (failed) reject(failed);
      else if (next < entries.length) reject(new Error(`git cat-file stopped (exit ${code}) after ${next} of ${entries.length} files: ${stderr.trim()}`));
      else resolve();
    });
    child.stdin.on("error", () => {});
    child.stdin.write(entries.map((e) => `${e.object}\n`).join(""));
  });
}
