import {
  closeSync,
  fchmodSync,
  fchownSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  type Stats,
  statSync,
  writeSync,
} from "node:fs";
import path from "node:path";

/**
 * Writes `content` to the file `target` names, keeping what the maintainer set up around it:
 *
 * - a symbolic link is written through: the real file (which other links share) is fixed and the
 *   link stays a link;
 * - the mode (0640 stays 0640) and, when we may (running as root), the owner and group;
 * - a hard link (more than one name for the file): a rename would give this name a new file and
 *   leave the others with the old text, so the file is rewritten in place — the one case where a
 *   crash mid-write can leave it half written, which breaking the link silently would be worse than;
 * - otherwise through a temporary file beside the real file, then a rename over it: a rename within
 *   one file system is atomic, so a crash (kill -9) leaves the old file or the new one, never half
 *   of either.
 */
export function writeFileAtomic(target: string, content: string): void {
  // A file not there yet (a new baseline, a cache) is created as a plain file would be.
  const real = realOrSelf(target);
  const before = statOf(real);
  if (before && before.nlink > 1) {
    writeInPlace(real, content);
    return;
  }
  const temp = path.join(path.dirname(real), `.${path.basename(real)}.${process.pid}.${Date.now()}.tmp`);
  // wx: never follow or reuse something already at the temporary name (and never remove it).
  const fd = openSync(temp, "wx", before ? before.mode & 0o7777 : 0o666);
  try {
    try {
      writeSync(fd, content);
      if (before) {
        // The mode again: the umask narrowed the one given to open.
        fchmodSync(fd, before.mode & 0o7777);
        if (process.getuid?.() === 0) fchownSync(fd, before.uid, before.gid);
      }
      // On disk before the rename: after a power cut the name holds the old text or the new one.
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, real);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

function realOrSelf(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

function statOf(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

function writeInPlace(file: string, content: string): void {
  // r+ keeps the inode (and so mode, owner and every other name) as it is.
  const fd = openSync(file, "r+");
  try {
    const bytes = Buffer.from(content, "utf8");
    for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done, done);
    // Truncated after writing: a shorter text must not keep the old tail.
    ftruncateSync(fd, bytes.length);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
