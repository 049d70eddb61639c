// The whole JSON output of a lint run with four channels, byte for byte, against the output of the
// implementation before the province-scale rework (entry-by-entry snapshot reading and locating,
// compact master keys): a generated catalog, its four snapshots with many seeded mismatches, and
// list files that take every path of the reader — records that are not records or have no code,
// orphans, an entry with an anchor, CRLF lines, a list broken in its third entry, a JSON list.
// golden/same-source-run.json.gz was written by that implementation on the folder setUp() builds
// (GUIDELINT_GOLDEN_DIR=<dir> builds it there and skips the comparison), and written again when a
// message's words changed on purpose (UPDATE_GOLDEN=1): once when diffs became readable words
// (“5”改为“6”) instead of markers, every other byte the same.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { runCli, tempDir } from "../support/cli.js";

// @ts-expect-error plain ESM script without types
const { generateCatalog } = await import("../../scripts/generate-catalog.mjs");
// @ts-expect-error plain ESM script without types
const { generateSnapshots } = await import("../../scripts/generate-snapshots.mjs");

const golden = (lang: string) => gunzipSync(readFileSync(path.join(import.meta.dirname, `golden/same-source-run.${lang}.json.gz`))).toString("utf8");

/** Codes of the generated catalog, in the order of its kiosk snapshot (every item is on every channel). */
function codes(snapshotDir: string): string[] {
  return (JSON.parse(readFileSync(path.join(snapshotDir, "kiosk.json"), "utf8")) as { code: string }[]).map((r) => r.code);
}

function setUp(dir: string): string[] {
  generateCatalog({ outDir: path.join(dir, "catalog"), items: 80, seed: 7, defectRate: 0.05 });
  const snapshots = path.join(dir, "snapshots");
  generateSnapshots({ catalogDir: path.join(dir, "catalog"), outDir: snapshots, seed: 3, mismatchRate: 0.3 });
  const [a, b, c] = codes(snapshots);
  const edge = path.join(snapshots, "window", "zz-edge");
  mkdirSync(edge, { recursive: true });
  // Entries that are not records, have no code, or show an item the catalog lacks; a comment between entries.
  writeFileSync(
    path.join(edge, "a-odd.yaml"),
    `# exported 2024-05-01\n- code: "${a}"\n  name: 别的名称\n  phone: 0000-1111111\n- just a text\n-\n# between entries\n- name: 无编码的记录\n- code: "99999999999999999999999999999X"\n  name: 已取消事项\n- code: "${b}"\n  timeLimit:\n    promised: 99个工作日\n`,
  );
  // An anchor ties two entries together: the file is read whole.
  writeFileSync(path.join(edge, "b-anchor.yaml"), `- &one\n  code: "${c}"\n  name: 锚点记录\n- code: "${a}"\n  phone: 0816-9999999\n`);
  // CRLF line ends.
  writeFileSync(path.join(edge, "c-crlf.yaml"), `- code: "${b}"\r\n  name: 换行记录\r\n  phone: 0000-2222222\r\n- code: "${c}"\r\n  name: 另一条\r\n`);
  // Broken in its third entry: the file is a syntax problem, none of its records count.
  writeFileSync(path.join(edge, "d-broken.yaml"), `- code: "${a}"\n  name: 第一条\n- code: "${b}"\n  name: 第二条\n- code: "${c}"\n  name: [未闭合\n`);
  // A JSON list on several lines, with a record that is a list, and strings holding brackets and quotes.
  writeFileSync(
    path.join(edge, "e-list.json"),
    `[\n  {"code": "${a}", "name": "括号]}\\"引号", "phone": "0000-3333333"},\n  [1, 2],\n  {"code": "${c}",\n   "timeLimit": {"promised": "一百个工作日"}}\n]\n`,
  );
  // The whole catalog is the run's target (so orphans, which are no asked item's, are reported too).
  writeFileSync(path.join(dir, "guidelint.config.yaml"), 'catalog: ["catalog/**/*.yaml"]\nrules:\n  same-source-orphan: warning\n');
  return ["pc=snapshots/pc", "mobile=snapshots/mobile.yaml", "window=snapshots/window", "kiosk=snapshots/kiosk.json"];
}

async function lintRun(dir: string, channels: string[], lang: string): Promise<string> {
  const env = { LANG: lang === "zh" ? "zh_CN.UTF-8" : "en_US.UTF-8" };
  const args = ["lint", ...channels.flatMap((c) => ["--channel", c]), "--format", "json"];
  const run = await runCli(args, { cwd: dir, env });
  expect(run.stderr).toBe("");
  return run.stdout;
}

describe("a lint run with four channels", () => {
  it("gives the same JSON output, byte for byte and in both languages, as before the province-scale rework", async () => {
    const target = process.env.GUIDELINT_GOLDEN_DIR;
    if (target) {
      setUp(target);
      return;
    }
    const dir = tempDir();
    const channels = setUp(dir);
    for (const lang of ["en", "zh"]) {
      const output = await lintRun(dir, channels, lang);
      if (process.env.UPDATE_GOLDEN === "1") writeFileSync(path.join(import.meta.dirname, `golden/same-source-run.${lang}.json.gz`), gzipSync(output));
      const expected = golden(lang);
      // A readable diff when they differ; the byte check below is the real one.
      if (output !== expected) expect(JSON.parse(output)).toEqual(JSON.parse(expected));
      expect(output).toBe(expected);
      // The run found what was seeded: mismatches on every channel and the edge files' problems.
      const findings = (JSON.parse(output) as { results: { findings: { ruleId: string; channel?: string }[] }[] }).results.flatMap((r) => r.findings);
      for (const channel of ["pc", "mobile", "window", "kiosk"])
        expect(findings.some((f) => f.ruleId === "same-source-mismatch" && f.channel === channel)).toBe(true);
      for (const rule of ["same-source-orphan", "yaml-syntax"]) expect(findings.some((f) => f.ruleId === rule)).toBe(true);
    }
  });
});
