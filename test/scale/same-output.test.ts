// However the per-file pass runs — on worker threads, from a cold or a warm cache, split over the
// shards of a CI matrix and merged — the output is the one a plain run gives, byte for byte. Runs
// the built library (worker threads load dist/pipeline/worker.js), on a generated catalog with four
// channels. scripts/bench.mjs checks the same at province scale.
import { readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error plain ESM scripts without types
import { generateCatalog } from "../../scripts/generate-catalog.mjs";
// @ts-expect-error plain ESM scripts without types
import { generateSnapshots } from "../../scripts/generate-snapshots.mjs";
import { tempDir } from "../support/cli.js";

type Api = typeof import("../../src/api.js");
type Formatters = typeof import("../../src/formatters/index.js");

let api: Api;
let formatters: Formatters["formatters"];
let root: string;
let catalog: string;
let channels: Record<string, string>;

const ITEMS = 150;

beforeAll(async () => {
  api = (await import("../../dist/api.js")) as Api;
  formatters = ((await import("../../dist/formatters/index.js")) as Formatters).formatters;
  root = tempDir();
  catalog = path.join(root, "catalog");
  generateCatalog({ outDir: catalog, items: ITEMS, seed: 7, defectRate: 0.05 });
  channels = generateSnapshots({ catalogDir: catalog, outDir: path.join(root, "snapshots"), seed: 7, mismatchRate: 0.05 });
  writeFileSync(path.join(root, "guidelint.config.yaml"), 'catalog: ["catalog/**/*.yaml"]\n');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const json = (run: Awaited<ReturnType<Api["lint"]>>) =>
  formatters.json(run, { lang: "en", style: { error: String, warning: String, dim: String, bold: String, underline: String }, version: "test" });
const lint = (options: Parameters<Api["lint"]>[0] = {}) => api.lint({ cwd: root, channels, version: "test", ...options });

describe("the same output however the pass runs", () => {
  it("the catalog has findings of every kind to compare (the check can fail)", async () => {
    const run = await lint();
    const rules = new Set(run.results.flatMap((r) => r.findings.map((f) => f.ruleId)));
    for (const rule of ["same-source-mismatch", "runs-reason"]) expect(rules, rule).toContain(rule);
    expect(run.summary.files).toBeGreaterThan(ITEMS);
  });

  it("on worker threads", async () => {
    const plain = json(await lint({ concurrency: "off" }));
    expect(json(await lint({ concurrency: 2 }))).toBe(plain);
    expect(json(await lint({ concurrency: 3, metrics: {} }))).toBe(json(await lint({ metrics: {} })));
  });

  it("from a cold and a warm cache, with either strategy, and after one file changed", async () => {
    for (const strategy of ["metadata", "content"] as const) {
      const location = path.join(root, `cache-${strategy}.json`);
      const cache = { location, strategy, version: "test" };
      const plain = json(await lint());
      expect(json(await lint({ cache })), `${strategy}: cold`).toBe(plain);
      expect(json(await lint({ cache })), `${strategy}: warm`).toBe(plain);

      // One file edited (its time moved on, as an editor's save does): that file is checked again.
      const edited = firstYaml(catalog);
      const before = readFileSync(edited, "utf8");
      try {
        writeFileSync(edited, before.replace(/^name: (.*)$/m, "name: $1 (变更)"));
        utimesSync(edited, new Date(), new Date(Date.now() + 5000));
        const changed = json(await lint());
        expect(changed).not.toBe(plain);
        expect(json(await lint({ cache })), `${strategy}: warm after an edit`).toBe(changed);
      } finally {
        writeFileSync(edited, before);
        utimesSync(edited, new Date(), new Date(Date.now() + 10_000));
      }
      expect(json(await lint({ cache })), `${strategy}: warm after the edit was undone`).toBe(plain);
    }
  });

  it("a cache written by something else is set aside with a note, never trusted", async () => {
    const location = path.join(root, "foreign-cache.json");
    writeFileSync(location, '{"format":"something-else","entries":{}}');
    const run = await lint({ cache: { location, strategy: "content", version: "test" } });
    expect(run.notes?.map((n) => n.messageId)).toEqual(["cacheIgnored"]);
    expect(json(run)).toBe(json(await lint()));
    writeFileSync(location, "{ not json");
    expect((await lint({ cache: { location, strategy: "content", version: "test" } })).notes?.map((n) => n.messageId)).toEqual(["cacheIgnored"]);
  });

  it("split over three shards and merged", async () => {
    const plain = json(await lint());
    const factsFiles = [1, 2, 3].map((index) => path.join(root, `shard-${index}.json`));
    for (const [i, factsOut] of factsFiles.entries()) await lint({ shard: { index: i + 1, count: 3 }, factsOut });
    const merged = await api.mergeShards({ cwd: root, channels, factsFiles: [...factsFiles].reverse(), version: "test" });
    expect(json(merged)).toBe(plain);
  });

  it("split over three plain shards, each finding appears in exactly one", async () => {
    const key = (file: string, f: { ruleId: string; line: number; column: number; messageId: string }) =>
      `${file}:${f.line}:${f.column}:${f.ruleId}/${f.messageId}`;
    const plain = (await lint()).results.flatMap((r) => r.findings.map((f) => key(r.file, f))).sort();
    const shards = await Promise.all([1, 2, 3].map((index) => lint({ shard: { index, count: 3 } })));
    const found = shards.flatMap((run) => run.results.flatMap((r) => r.findings.map((f) => key(r.file, f)))).sort();
    expect(found).toEqual(plain);
  });
});

/** The first item file of the catalog, in the order the files are linted. */
function firstYaml(dir: string): string {
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return firstYaml(full);
    if (name.endsWith(".yaml")) return full;
  }
  throw new Error(`no item in ${dir}`);
}
