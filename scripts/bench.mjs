// `npm run bench`: on generated catalogs of each size, measure every command as a child process
// of its own (wall time, CPU time, peak RSS) and print each as a multiple of the floor, reading
// every file, measured in the same run on the same files: the ratios compare like with like on
// whatever machine runs it, the absolute figures only on that machine.
//
//   npm run bench -- [--items 1000,10000] [--runs N] [--defect-rate 0.01] [--keep] [--bin path] [--no-in-process]
//
// --items   catalog sizes, comma-separated, `k` for thousands (default 1k,10k; 100k takes minutes)
// --runs    measurements per figure, the median kept (default 3 below 100k items, 1 from 100k)
// --keep    keep the generated catalogs and snapshots (their folder is printed)
// --bin     the CLI to measure (default: this checkout's bin/guidelint.js)
// --timeout seconds before a measurement is stopped and shown as failed (default 900)
// The rows of lint --cache, --concurrency and --shard … --facts-out + merge are found in the CLI's
// --help, so an older build (--bin) without them prints "not available" there.
import { execFileSync, spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateCatalog } from "./generate-catalog.mjs";
import { generateSnapshots } from "./generate-snapshots.mjs";
import { measureLspLatency } from "./lsp-latency.mjs";

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const ROOT = path.resolve(import.meta.dirname, "..");
// --bin: another build's CLI (a checkout of main, say), measured against the same catalogs.
const BIN = path.resolve(option("bin", path.join(ROOT, "bin/guidelint.js")));
const CHILD = path.join(ROOT, "scripts/bench-child.mjs");
const READ = path.join(ROOT, "scripts/bench-read.mjs");

const flag = (name) => process.argv.includes(`--${name}`);
const parseCount = (text) => Math.round(Number(text.trim().replace(/k$/i, "")) * (/k$/i.test(text.trim()) ? 1000 : 1));
const sizes = String(option("items", "1k,10k")).split(",").map(parseCount);
if (sizes.some((n) => !(Number.isInteger(n) && n > 0))) throw new Error(`--items: sizes are positive counts, e.g. 1000,10k (got ${option("items")})`);
const defectRate = Number(option("defect-rate", "0.01"));
const timeoutMs = Number(option("timeout", "900")) * 1000;
const runsFor = (items) => Number(option("runs", items >= 100_000 ? "1" : "3"));

// ---------------------------------------------------------------------------------------------
// One measurement: a child process, timed from spawn to exit by this process; CPU and peak RSS
// from the child itself (bench-child.mjs). stdout goes to /dev/null: formatting the findings is
// part of the run, the terminal drawing them is not.

const ENV = { ...process.env, LANG: "en_US.UTF-8", LC_ALL: "", NO_COLOR: "1", FORCE_COLOR: "0" };

function measureOnce(args, cwd) {
  const statsFile = path.join(cwd, `.bench-stats-${process.pid}.json`);
  rmSync(statsFile, { force: true });
  const started = performance.now();
  const run = spawnSync(process.execPath, [CHILD, statsFile, ...args], {
    cwd,
    env: ENV,
    stdio: ["ignore", "ignore", "pipe"],
    maxBuffer: 64 * 2 ** 20,
    timeout: timeoutMs,
  });
  const wall = (performance.now() - started) / 1000;
  const stats = existsSync(statsFile) ? JSON.parse(readFileSync(statsFile, "utf8")) : undefined;
  rmSync(statsFile, { force: true });
  // Exit 1 is "findings" (lint) or "a target missed" (metrics): a complete run. 2 and up, a
  // signal or no stats (V8 aborts on out-of-memory without an exit event) is a failed one.
  const code = stats?.exitCode ?? run.status;
  if (!stats || run.signal || code > 1) {
    const lines = String(run.stderr ?? "")
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    const oom = lines.find((l) => /heap out of memory|Reached heap limit/i.test(l));
    if (oom) return { ok: false, error: `out of memory after ${fixed(wall, 0)} s` };
    if (run.error?.code === "ETIMEDOUT") return { ok: false, error: `stopped after ${timeoutMs / 1000} s` };
    return { ok: false, error: `${run.signal ?? `exit ${code}`}: ${(lines.at(-1) ?? "").slice(0, 100)}` };
  }
  return { ok: true, wall, cpu: stats.userSeconds + stats.systemSeconds, rss: stats.maxRssBytes };
}

/** The median run by wall time; peak RSS is the highest of the runs. */
function measure(args, cwd, runs) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const result = measureOnce(args, cwd);
    if (!result.ok) return result;
    results.push(result);
  }
  results.sort((a, b) => a.wall - b.wall);
  return { ...results[Math.floor((results.length - 1) / 2)], rss: Math.max(...results.map((r) => r.rss)), runs };
}

// ---------------------------------------------------------------------------------------------
// What this build of the CLI can do.

const lintHelp = execFileSync(process.execPath, [BIN, "lint", "--help"], { encoding: "utf8", env: ENV });
const mainHelp = execFileSync(process.execPath, [BIN, "--help"], { encoding: "utf8", env: ENV });
const has = (text, name) => new RegExp(`(^|[\\s,])${name}\\b`, "m").test(text);
const features = {
  cache: has(lintHelp, "--cache"),
  cacheLocation: has(lintHelp, "--cache-location"),
  cacheStrategies: has(lintHelp, "--cache-strategy") ? ["metadata", "content"] : [undefined],
  concurrency: has(lintHelp, "--concurrency"),
  shard: has(lintHelp, "--shard") && has(lintHelp, "--facts-out") && /^\s+merge\b/m.test(mainHelp),
  platformData: /^\s+export\b/m.test(mainHelp) && /^\s+import\b/m.test(mainHelp),
  lsp: /^\s+lsp\b/m.test(mainHelp),
};

// ---------------------------------------------------------------------------------------------
// Output.

const mb = (bytes) => `${Math.round(bytes / 2 ** 20)} MB`;
const size = (bytes) => (bytes < 2 ** 20 ? `${Math.round(bytes / 1024)} KB` : mb(bytes));
const fixed = (x, digits = 2) => x.toFixed(digits);
const loadavg = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
const cpus = os.cpus();
console.log(
  `guidelint bench: node ${process.version}, ${os.platform()} ${os.arch()}, ${cpus.length} × ${cpus[0]?.model.trim() ?? "unknown CPU"}, ${mb(os.totalmem())} RAM`,
);
console.log(`  load average at start: ${loadavg()} (1, 5, 15 min; above ${cpus.length} the figures below are shared with other work)`);
console.log(
  `  sizes: ${sizes.join(", ")} items, ${Math.round(defectRate * 100)} % with a seeded defect; runs per figure (the median kept): ${sizes.map(runsFor).join(", ")}`,
);

// × floor: wall time over the floor's; × floor CPU: the same in CPU time, steadier when other work
// shares the cores (a wall time then includes the waits for a core).
const WIDTHS = [44, 8, 9, 8, 13, 9];
function row(label, result, floor, note = "") {
  const cells = result?.ok
    ? [label, fixed(result.wall), `${fixed(result.wall / floor.wall, 1)}×`, fixed(result.cpu), `${fixed(result.cpu / floor.cpu, 1)}×`, mb(result.rss)]
    : [label, result ? `failed (${result.error})` : "not available"];
  const text = cells.map((cell, i) => (i === 0 ? cell.padEnd(WIDTHS[i]) : cell.padStart(WIDTHS[i]))).join(" ");
  console.log(`  ${text}${note ? `  ${note}` : ""}`);
}
const header = () =>
  console.log(`  ${"".padEnd(WIDTHS[0])} ${["wall s", "× floor", "CPU s", "× floor CPU", "peak RSS"].map((h, i) => h.padStart(WIDTHS[i + 1])).join(" ")}`);
/** The note "1.23× lint": a's wall time over b's, when both ran. */
const times = (a, b, name) => (a?.ok && b?.ok ? `${fixed(a.wall / b.wall)}× ${name}` : "");

// ---------------------------------------------------------------------------------------------
// The catalogs.

const root = mkdtempSync(path.join(os.tmpdir(), "guidelint-bench-"));
const targets = [];
try {
  // Start-up: a whole lint run of one item (process, modules, schema, config discovery).
  {
    const dir = path.join(root, "one");
    generateCatalog({ outDir: path.join(dir, "catalog"), items: 1, seed: 1 });
    const startup = measure([BIN, "lint", "catalog", "--no-progress"], dir, 5);
    console.log(
      `  start-up (lint of a 1-item catalog, median of 5): ${startup.ok ? `${fixed(startup.wall)} s wall, ${fixed(startup.cpu)} s CPU, ${mb(startup.rss)}` : startup.error}`,
    );
  }

  for (const items of sizes) {
    const runs = runsFor(items);
    const dir = path.join(root, String(items));
    const catalog = path.join(dir, "catalog");
    const made = performance.now();
    generateCatalog({ outDir: catalog, items, seed: 1, defectRate });
    rmSync(path.join(catalog, "expected.json")); // the bench's runs do not read it: neither does the floor
    const locations = generateSnapshots({ catalogDir: catalog, outDir: path.join(dir, "snapshots"), seed: 1 });
    const channels = Object.entries(locations).flatMap(([id, location]) => ["--channel", `${id}=${path.relative(dir, location)}`]);
    const catalogBytes = du(catalog);
    const snapshotBytes = du(path.join(dir, "snapshots"));
    console.log(
      `\n${items} items: catalog ${size(catalogBytes)}, snapshots of ${Object.keys(locations).length} channels ${size(snapshotBytes)} (generated in ${fixed((performance.now() - made) / 1000, 1)} s)`,
    );
    header();

    // One thread, so the figures compare with builds that had no workers; the auto rows follow.
    const lintArgs = [BIN, "lint", "catalog", "--no-progress", ...(features.concurrency ? ["--concurrency", "off"] : [])];
    const floor = measure([READ, "catalog"], dir, runs);
    if (!floor.ok) throw new Error(`the floor failed: ${floor.error}`);
    row("read every file (the floor)", floor, floor);
    const floorWithSnapshots = measure([READ, "catalog", "snapshots"], dir, runs);
    row("read every file and the snapshots", floorWithSnapshots, floor);
    const lint = measure(lintArgs, dir, runs);
    row("lint", lint, floor);
    const lintChannels = measure([...lintArgs, ...channels], dir, runs);
    row(`lint, ${Object.keys(locations).length} channels`, lintChannels, floor, times(lintChannels, lint, "lint"));
    const metrics = measure([BIN, "metrics", "catalog", "--no-progress"], dir, runs);
    row("metrics", metrics, floor, times(metrics, lint, "lint"));

    let concurrent;
    if (features.concurrency) {
      concurrent = measure([...lintArgs.filter((a) => a !== "--concurrency" && a !== "off"), "--concurrency", "auto"], dir, runs);
      row("lint --concurrency auto", concurrent, floor, times(concurrent, lint, "lint"));
      const concurrentChannels = measure([...lintArgs.filter((a) => a !== "--concurrency" && a !== "off"), ...channels, "--concurrency", "auto"], dir, runs);
      row(
        `lint, ${Object.keys(locations).length} channels, --concurrency auto`,
        concurrentChannels,
        floor,
        times(concurrentChannels, lintChannels, "lint with channels"),
      );
    } else row("lint --concurrency auto", undefined, floor);

    const warm = [];
    if (features.cache) {
      for (const strategy of features.cacheStrategies) {
        const cacheFile = path.join(dir, `cache-${strategy ?? "default"}`);
        const cacheArgs = [
          ...lintArgs,
          "--cache",
          ...(features.cacheLocation ? ["--cache-location", cacheFile] : []),
          ...(strategy ? ["--cache-strategy", strategy] : []),
        ];
        const name = `lint --cache${strategy ? ` (${strategy})` : ""}`;
        const cold = measureOnce(cacheArgs, dir); // writes the cache
        row(`${name}, cold`, cold, floor, times(cold, lint, "lint"));
        const result = [];
        for (let i = 0; i < runs && cold.ok; i++) {
          // One edited file per run, as after a maintainer's save: a new line and a new mtime.
          appendFileSync(firstItem(catalog), `# edited by the bench, run ${i + 1}\n`);
          const once = measureOnce(cacheArgs, dir);
          result.push(once);
          if (!once.ok) break;
        }
        const median = result.every((r) => r.ok) && result.length ? result.sort((a, b) => a.wall - b.wall)[Math.floor((result.length - 1) / 2)] : result.at(-1);
        row(`${name}, warm, 1 file edited`, median, floor, "target ≤ 1 s at 100k");
        warm.push(median);
        rmSync(cacheFile, { recursive: true, force: true });
        rmSync(path.join(dir, ".guidelintcache"), { recursive: true, force: true }); // the default location
      }
    } else row("lint --cache, warm, 1 file edited", undefined, floor);

    if (features.shard) {
      // A CI matrix runs the shards side by side on machines of their own: the slowest shard
      // and the merge are what the pipeline waits for. `merge <facts files…>` is the command as the
      // issue names it; a different signature shows here as a failed row.
      const shards = [1, 2].map((i) => measure([...lintArgs, "--shard", `${i}/2`, "--facts-out", `facts-${i}.json`], dir, runs));
      const slowest = shards.every((s) => s.ok) ? shards.reduce((a, b) => (a.wall >= b.wall ? a : b)) : shards.find((s) => !s.ok);
      row("lint --shard i/2 --facts-out (slowest of 2)", slowest, floor, times(slowest, lint, "lint"));
      const merge = shards.every((s) => s.ok) ? measure([BIN, "merge", "facts-1.json", "facts-2.json", "--no-progress"], dir, runs) : undefined;
      row("merge of the 2 shards' facts", merge, floor);
    } else row("lint --shard i/n --facts-out + merge", undefined, floor);

    // Platform data: the catalog as the platform's workbook (export), read back (import), checked as
    // it is (lint in place); and the layout of merged item cells over 3 material rows an item
    // (scripts/generate-workbook.mjs), which is what a province's export looks like.
    let merged;
    if (features.platformData) {
      const exported = measure([BIN, "export", "catalog", "-o", "清单.xlsx"], dir, 1);
      row("export to the platform's workbook", exported, floor, times(exported, lint, "lint"));
      const imported = exported.ok ? measure([BIN, "import", "清单.xlsx", "--out", "imported"], dir, 1) : undefined;
      row("import of that workbook", imported, floor, times(imported, lint, "lint"));
      rmSync(path.join(dir, "imported"), { recursive: true, force: true });
      const inPlace = exported.ok ? measure([BIN, "lint", "清单.xlsx", "--no-progress"], dir, runs) : undefined;
      row("lint of that workbook in place", inPlace, floor, times(inPlace, lint, "lint"));
      rmSync(path.join(dir, "清单.xlsx"), { force: true });
      execFileSync(process.execPath, [path.join(ROOT, "scripts/generate-workbook.mjs"), String(items), dir], { stdio: "ignore" });
      merged = measure([BIN, "import", `materials-${items}.xlsx`, "--out", "imported"], dir, 1);
      row(`import, merged layout (${items * 3} material rows)`, merged, floor, "target ≤ 1.5 GB at 100k");
      rmSync(path.join(dir, "imported"), { recursive: true, force: true });
    } else row("export / import / lint of a workbook", undefined, floor);

    // The editor's wait after a keystroke in one item (debounce included): not a process's run, so
    // its own line (milliseconds) rather than a row of the table.
    if (features.lsp) {
      const lsp = await measureLspLatency({ dir, edits: 10, bin: BIN }).catch((error) => ({ error }));
      console.log(
        lsp.error
          ? `  lsp didChange → diagnostics: failed (${lsp.error.message})`
          : `  lsp didChange → diagnostics: median ${fixed(lsp.medianMs, 0)} ms, max ${fixed(lsp.maxMs, 0)} ms (start-up ${fixed(lsp.startupMs / 1000, 1)} s)  target ≤ 300 ms at 20k`,
      );
    } else console.log("  lsp didChange → diagnostics: not available");

    targets.push({ items, floor, lint, lintChannels, metrics, warm, merged });
    if (!flag("keep")) rmSync(dir, { recursive: true, force: true });
  }

  // The issue's targets ("Province scale"), set for 100k items on 2 cores; shown for each size.
  console.log("\ntargets (set for 100,000 items on 2 cores):");
  for (const t of targets) {
    // A run that failed (out of memory, say) misses its target; one the CLI cannot do is "not measured".
    const verdict = (results, figure, ok) => {
      const failed = results.find((r) => r && !r.ok);
      if (failed) return `missed (${failed.error})`;
      if (results.some((r) => !r)) return "not measured";
      return `${figure}, ${ok ? "met" : "missed"}`;
    };
    const ratio = (a, b) => (a?.ok && b?.ok ? a.wall / b.wall : Number.NaN);
    const lintRatio = ratio(t.lint, t.floor);
    const channelRatio = ratio(t.lintChannels, t.lint);
    const metricsRatio = ratio(t.metrics, t.lint);
    const warm = t.warm.filter((w) => w?.ok).sort((a, b) => a.wall - b.wall)[0] ?? t.warm[0];
    console.log(`  ${t.items} items${t.items === 100_000 ? "" : " (informative)"}:`);
    const stretch = lintRatio <= 3 ? " (stretch met)" : "";
    console.log(`    lint ≤ 6× the floor (stretch 3×):          ${verdict([t.lint], `${fixed(lintRatio, 1)}×`, lintRatio <= 6)}${stretch}`);
    console.log(`    lint, 4 channels ≤ 1.5× lint:              ${verdict([t.lintChannels, t.lint], `${fixed(channelRatio)}×`, channelRatio <= 1.5)}`);
    console.log(`    lint, 4 channels, peak RSS ≤ 1 GB:         ${verdict([t.lintChannels], mb(t.lintChannels.rss ?? 0), t.lintChannels.rss <= 2 ** 30)}`);
    console.log(`    warm-cache re-lint of 1 edited file ≤ 1 s: ${verdict([warm], `${fixed(warm?.wall ?? 0)} s`, warm?.wall <= 1)}`);
    console.log(`    metrics no slower than lint:               ${verdict([t.metrics, t.lint], `${fixed(metricsRatio)}× lint`, metricsRatio <= 1)}`);
    console.log(`    import of the merged workbook ≤ 1.5 GB:    ${verdict([t.merged], mb(t.merged?.rss ?? 0), t.merged?.rss <= 1.5 * 2 ** 30)}`);
  }
  console.log(`  load average at the end: ${loadavg()}`);

  if (!flag("no-in-process")) await inProcess(root);
} finally {
  if (flag("keep")) console.log(`\nkept: ${root}`);
  else rmSync(root, { recursive: true, force: true });
}

/** Bytes of every file under dir. */
function du(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) total += statSync(path.join(entry.parentPath, entry.name)).size;
  return total;
}

function firstItem(dir) {
  const entries = readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && e.name.endsWith(".yaml"));
  const files = entries.map((e) => path.join(e.parentPath, e.name)).sort();
  return files[0];
}

// ---------------------------------------------------------------------------------------------
// In-process figures on 1,000 items: what one step costs per item (the parsers the engine
// chooses between, the facts the catalog-wide pass holds), and the slowest field view and record
// comparison on hostile 100 KB strings (test/channels/adversarial.test.ts checks how their cost
// grows; their time on this machine is here). They read dist/ internals: a change there prints
// "unavailable" instead of stopping the bench.
async function inProcess(root) {
  console.log("\nin-process, 1,000 generated items:");
  try {
    const { load } = await import("js-yaml");
    const { parseDocument } = await import("yaml");
    const { extractFacts } = await import("../dist/catalog/facts.js");
    const { compareRecords } = await import("../dist/channels/compare.js");
    const { COMPARED_FIELDS } = await import("../dist/channels/views/field-view.js");
    const { viewField } = await import("../dist/channels/views/view-field.js");
    const dir = path.join(root, "in-process");
    mkdirSync(dir);
    const { files } = generateCatalog({ outDir: dir, items: 1000, seed: 1 });
    const texts = files.map((f) => readFileSync(path.join(dir, f), "utf8"));
    const timed = (fn) => {
      const started = performance.now();
      fn();
      return performance.now() - started;
    };
    const perItem = (ms) => `${fixed((ms / texts.length) * 1000, 0)} µs/item`;
    const fast = timed(() => texts.map((t) => load(t)));
    const positions = timed(() => texts.map((t) => parseDocument(t)));
    console.log(`  js-yaml parse (every file):          ${perItem(fast)}`);
    console.log(
      `  yaml parse with positions:           ${perItem(positions)} (${fixed(positions / fast, 1)}× js-yaml; the engine uses it for files with findings only)`,
    );
    const records = texts.map((t) => load(t));
    globalThis.gc?.();
    const before = process.memoryUsage().heapUsed;
    const facts = records.map((r, i) => extractFacts(r, { file: files[i], filePath: files[i] }, true));
    globalThis.gc?.();
    const held = (process.memoryUsage().heapUsed - before) / facts.length;
    console.log(
      `  facts held per item (all views):     ${fixed(held / 1024, 1)} KB; × 100,000 items = ${fixed((held * 100_000) / 2 ** 30)} GB${globalThis.gc ? "" : " (run with --expose-gc for a steadier figure)"}`,
    );

    const hostile = {
      stops: `${"。".repeat(100_000)}a`,
      numerals: "二".repeat(100_000),
      openTitles: "《".repeat(100_000),
      separators: "；、,/".repeat(25_000),
      mixed: "受理之日起".repeat(20_000),
    };
    let slowestView = { ms: 0, what: "" };
    let slowestRecord = { ms: 0, what: "" };
    for (const [kind, text] of Object.entries(hostile)) {
      for (const field of COMPARED_FIELDS) {
        const ms = timed(() => viewField(field, text));
        if (ms > slowestView.ms) slowestView = { ms, what: `${kind} as ${field}` };
      }
      const channel = Object.fromEntries([["code", records[0].code], ...COMPARED_FIELDS.map((field) => [field, text])]);
      const ms = timed(() => compareRecords(records[0], channel));
      if (ms > slowestRecord.ms) slowestRecord = { ms, what: kind };
    }
    console.log(`  slowest field view, 100 KB hostile:  ${fixed(slowestView.ms, 1)} ms (${slowestView.what})`);
    console.log(`  slowest record comparison, 100 KB:   ${fixed(slowestRecord.ms, 1)} ms (${slowestRecord.what}, every field)`);
  } catch (error) {
    console.log(`  unavailable: ${error.message}`);
  }
}
