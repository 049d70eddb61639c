import { renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Write through a temporary file in the same folder, then rename over the target: a rename within
 * one file system is atomic, so a crash leaves the old file or the new one, never half of either.
 */
export function writeFileAtomic(target: string, content: string): void {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temp, content);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
