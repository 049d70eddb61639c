// The CLI tests run dist/ (the build bin/guidelint.js runs). `npm test` builds first (pretest);
// a bare `npx vitest run` after editing src/ would otherwise test yesterday's build in silence.
import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import fg from "fast-glob";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** src/ files whose dist/ counterpart is missing or older than they are. */
function staleSources(): string[] {
  return fg.sync("src/**/*.ts", { cwd: ROOT }).filter((file) => {
    const built = path.join(ROOT, "dist", file.slice("src/".length).replace(/\.ts$/, ".js"));
    return !existsSync(built) || statSync(built).mtimeMs < statSync(path.join(ROOT, file)).mtimeMs;
  });
}

export default function setup(): void {
  const stale = staleSources();
  if (stale.length === 0) return;
  console.warn(`dist/ is older than ${stale.length} files of src/ (${stale.slice(0, 3).join(", ")}…): building it (npm run build)`);
  execFileSync(path.join(ROOT, "node_modules/.bin/tsc"), ["-p", "tsconfig.json"], { cwd: ROOT, stdio: "inherit" });
}
