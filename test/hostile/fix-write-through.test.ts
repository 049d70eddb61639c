// `fix` on files set up the way real catalogs are: symbolic and hard links shared between folders,
// restrictive modes, other owners, old Mac (CR) and Windows (CRLF) line ends, a BOM. Each case
// lints real files through the library, applies the fixes and checks what is on disk: the fixed
// text, the line ends, and the file's identity (inode, mode, owner, link).
import { chmodSync, chownSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lint } from "../../src/api.js";
import { fixFiles } from "../../src/fix/fix-files.js";
import { writeFileAtomic } from "../../src/fix/write-atomic.js";
import { BASE_ITEM, tempDir } from "../support/cli.js";

// A fixable finding: full-width digits in the phone (phone-format/fullWidth), on line 57.
const FULL_WIDTH = BASE_ITEM.replace("phone: 0825-5432100", "phone: ０８２５-５４３２１００");
const FIXED = BASE_ITEM;

async function fix(cwd: string, paths: string[]) {
  const run = await lint({ cwd, paths });
  return { run, fixed: fixFiles(run, { dryRun: false }) };
}

const noTempFiles = (dir: string) => expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);

describe("fix keeps the file what it was", () => {
  it("finds the fixable finding this file is built around", async () => {
    const dir = tempDir({ "a.yaml": FULL_WIDTH });
    const run = await lint({ cwd: dir, paths: ["a.yaml"] });
    expect(run.results[0].findings.map((f) => `${f.ruleId}/${f.messageId}@${f.line}`)).toEqual(["phone-format/fullWidth@57"]);
  });

  it("writes through a symbolic link: the shared target is fixed, the link stays a link", async () => {
    const dir = tempDir({ "shared/item.yaml": FULL_WIDTH });
    mkdirSync(path.join(dir, "catalog"));
    symlinkSync(path.join(dir, "shared/item.yaml"), path.join(dir, "catalog/item.yaml"));
    const { fixed } = await fix(dir, ["catalog/item.yaml"]);
    expect(fixed[0].applied).toBe(1);
    expect(lstatSync(path.join(dir, "catalog/item.yaml")).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, "shared/item.yaml"), "utf8")).toBe(FIXED);
    noTempFiles(path.join(dir, "catalog"));
    noTempFiles(path.join(dir, "shared"));
  });

  it("writes through a relative link and a chain of links", async () => {
    const dir = tempDir({ "real/item.yaml": FULL_WIDTH });
    mkdirSync(path.join(dir, "mid"));
    mkdirSync(path.join(dir, "catalog"));
    symlinkSync("../real/item.yaml", path.join(dir, "mid/item.yaml"));
    symlinkSync("../mid/item.yaml", path.join(dir, "catalog/item.yaml"));
    await fix(dir, ["catalog/item.yaml"]);
    expect(lstatSync(path.join(dir, "catalog/item.yaml")).isSymbolicLink()).toBe(true);
    expect(lstatSync(path.join(dir, "mid/item.yaml")).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, "real/item.yaml"), "utf8")).toBe(FIXED);
  });

  it("keeps a hard link: every name sees the fix, the inode stays", async () => {
    const dir = tempDir({ "catalog/item.yaml": FULL_WIDTH });
    linkSync(path.join(dir, "catalog/item.yaml"), path.join(dir, "other-name.yaml"));
    const inode = statSync(path.join(dir, "catalog/item.yaml")).ino;
    await fix(dir, ["catalog/item.yaml"]);
    expect(statSync(path.join(dir, "catalog/item.yaml")).ino).toBe(inode);
    expect(statSync(path.join(dir, "catalog/item.yaml")).nlink).toBe(2);
    expect(readFileSync(path.join(dir, "other-name.yaml"), "utf8")).toBe(FIXED);
    noTempFiles(path.join(dir, "catalog"));
  });

  it("keeps a hard-linked file whole when the fix makes it shorter", async () => {
    // Full-width digits take 3 bytes, ASCII ones 1: the file shrinks, and no old tail may remain.
    const dir = tempDir({ "a.yaml": FULL_WIDTH });
    linkSync(path.join(dir, "a.yaml"), path.join(dir, "b.yaml"));
    await fix(dir, ["a.yaml"]);
    expect(readFileSync(path.join(dir, "a.yaml"))).toEqual(Buffer.from(FIXED));
  });

  it.each([0o640, 0o600, 0o444, 0o755])("keeps mode %o", async (mode) => {
    const dir = tempDir({ "a.yaml": FULL_WIDTH });
    chmodSync(path.join(dir, "a.yaml"), mode);
    await fix(dir, ["a.yaml"]);
    expect(statSync(path.join(dir, "a.yaml")).mode & 0o7777).toBe(mode);
    expect(readFileSync(path.join(dir, "a.yaml"), "utf8")).toBe(FIXED);
  });

  it.runIf(process.getuid?.() === 0)("keeps the owner and group (running as root)", async () => {
    const dir = tempDir({ "a.yaml": FULL_WIDTH });
    chownSync(path.join(dir, "a.yaml"), 1234, 5678);
    await fix(dir, ["a.yaml"]);
    const stat = statSync(path.join(dir, "a.yaml"));
    expect([stat.uid, stat.gid]).toEqual([1234, 5678]);
  });

  it("keeps the mode of a symbolic link's target, not the link's", async () => {
    const dir = tempDir({ "real.yaml": FULL_WIDTH });
    chmodSync(path.join(dir, "real.yaml"), 0o640);
    symlinkSync("real.yaml", path.join(dir, "a.yaml"));
    await fix(dir, ["a.yaml"]);
    expect(statSync(path.join(dir, "real.yaml")).mode & 0o7777).toBe(0o640);
  });
});

describe("fix keeps the line ends and the BOM", () => {
  const cases: Array<[string, string, string]> = [
    ["CR-only (old Mac)", FULL_WIDTH.replaceAll("\n", "\r"), FIXED.replaceAll("\n", "\r")],
    ["CRLF (Windows)", FULL_WIDTH.replaceAll("\n", "\r\n"), FIXED.replaceAll("\n", "\r\n")],
    ["LF", FULL_WIDTH, FIXED],
    ["a BOM and CR-only", `\ufeff${FULL_WIDTH.replaceAll("\n", "\r")}`, `\ufeff${FIXED.replaceAll("\n", "\r")}`],
    ["a BOM and LF", `\ufeff${FULL_WIDTH}`, `\ufeff${FIXED}`],
  ];
  it.each(cases)("%s", async (_, before, after) => {
    const dir = tempDir({ "a.yaml": before });
    const { run, fixed } = await fix(dir, ["a.yaml"]);
    expect(run.results[0].findings.map((f) => `${f.ruleId}/${f.messageId}@${f.line}`)).toEqual(["phone-format/fullWidth@57"]);
    expect(fixed[0].applied).toBe(1);
    expect(readFileSync(path.join(dir, "a.yaml"), "utf8")).toBe(after);
    // Fixed means fixed: a second run finds nothing left to fix.
    expect((await fix(dir, ["a.yaml"])).fixed).toEqual([]);
  });

  it("mixed line ends: each line keeps its own", async () => {
    const lines = FULL_WIDTH.split("\n");
    const ends = lines.map((_, i) => ["\n", "\r", "\r\n"][i % 3]);
    const join = (text: string) =>
      text
        .split("\n")
        .map((l, i, all) => (i < all.length - 1 ? l + ends[i] : l))
        .join("");
    const dir = tempDir({ "a.yaml": join(FULL_WIDTH) });
    await fix(dir, ["a.yaml"]);
    expect(readFileSync(path.join(dir, "a.yaml"), "utf8")).toBe(join(FIXED));
  });

  it("a dry run of a CR-only file shows the change, writes nothing", async () => {
    const before = FULL_WIDTH.replaceAll("\n", "\r");
    const dir = tempDir({ "a.yaml": before });
    const run = await lint({ cwd: dir, paths: ["a.yaml"] });
    const [dry] = fixFiles(run, { dryRun: true });
    expect(dry.applied).toBe(1);
    expect(dry.patch).toContain("０８２５");
    expect(readFileSync(path.join(dir, "a.yaml"), "utf8")).toBe(before);
  });
});

describe("writeFileAtomic", () => {
  it("creates a file that is not there yet", () => {
    const dir = tempDir();
    writeFileAtomic(path.join(dir, "new.json"), "{}\n");
    expect(readFileSync(path.join(dir, "new.json"), "utf8")).toBe("{}\n");
    noTempFiles(dir);
  });

  it("a missing folder fails and leaves nothing", () => {
    const dir = tempDir({ "f.txt": "old" });
    expect(() => writeFileAtomic(path.join(dir, "missing", "f.txt"), "x")).toThrow();
    expect(readdirSync(dir)).toEqual(["f.txt"]);
  });

  it("a write that fails before the rename leaves the old file whole and no temporary file", () => {
    // The temporary file's name is taken (by a folder): the write fails where a crash could, before
    // the rename, and the file must still be the old one.
    const dir = tempDir({ "f.txt": "old" });
    const now = Date.now;
    Date.now = () => 42;
    try {
      mkdirSync(path.join(dir, `.f.txt.${process.pid}.42.tmp`));
      expect(() => writeFileAtomic(path.join(dir, "f.txt"), "new")).toThrow();
    } finally {
      Date.now = now;
    }
    expect(readFileSync(path.join(dir, "f.txt"), "utf8")).toBe("old");
    // What stood at the temporary name was not ours: it is left alone.
    expect(statSync(path.join(dir, `.f.txt.${process.pid}.42.tmp`)).isDirectory()).toBe(true);
  });

  it("replaces a plain file through a rename (a new inode: a reader holding the old one sees it whole)", () => {
    const dir = tempDir({ "f.txt": "old" });
    const before = statSync(path.join(dir, "f.txt")).ino;
    writeFileAtomic(path.join(dir, "f.txt"), "new");
    expect(statSync(path.join(dir, "f.txt")).ino).not.toBe(before);
    expect(readFileSync(path.join(dir, "f.txt"), "utf8")).toBe("new");
  });
});
