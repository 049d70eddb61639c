// --changed and --shard: which of the catalog's files this run reports on. Git is asked here, in
// the CLI layer; the library takes a `select` function and a shard.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { UsageError } from "../errors.js";

/**
 * Files changed since `ref` (committed, staged or not) and untracked ones, as absolute paths.
 * `ref` is what the user typed: passed on as it is, `--changed=--output=x` would be an option of
 * git diff (it writes a file). So it is first resolved to a commit hash by `git rev-parse --verify
 * --end-of-options <ref>^{commit}`, where it can only be a revision, and git diff gets the hash.
 */
export function changedFiles(cwd: string, ref: string): Set<string> {
  const git = (...args: string[]) => execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  let root: string;
  let listed: string;
  try {
    root = git("rev-parse", "--show-toplevel").trim();
    const commit = git("rev-parse", "--verify", "--end-of-options", `${ref}^{commit}`).trim();
    if (!/^[0-9a-f]{40,64}$/.test(commit)) throw new Error(`not a commit: ${commit}`);
    listed = git("diff", "--name-only", "--diff-filter=ACMR", commit, "--") + git("ls-files", "--others", "--exclude-standard");
  } catch (error) {
    throw new UsageError("badChanged", { ref, detail: ((error as { stderr?: string }).stderr ?? String(error)).split("\n")[0] });
  }
  return new Set(
    listed
      .split("\n")
      .filter(Boolean)
      .map((f) => path.resolve(root, f)),
  );
}

/** `--shard 2/4`: the second of four contiguous slices of the sorted files (CI matrix jobs). */
export function parseShard(value: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw new UsageError("badShard", { value });
  return { index, count };
}
