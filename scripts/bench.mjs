// `npm run bench`: lint a generated catalog and report ratios measured in this one run, so the
// figures compare like with like on whatever machine runs it. Usage:
//   node scripts/bench.mjs [--items 5000] [--defect-rate 0.1]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { dump, load } from "js-yaml";
import { parseDocument } from "yaml";
import { lint } from "../dist/index.js";
import { extractFacts } from "../dist/catalog/facts.js";
import { compareRecords } from "../dist/channels/compare.js";
import { COMPARED_FIELDS, viewField } from "../dist/channels/fields.js";
import { generateCatalog } from "./generate-catalog.mjs";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const items = arg("items", 5000);
const defectRate = arg("defect-rate", 0.1);

function timed(fn) {
  const start = performance.now();
  const value = fn();
  return value instanceof Promise ? value.then((v) => [performance.now() - start, v]) : [performance.now() - start, value];
}

const root = mkdtempSync(path.join(tmpdir(), "guidelint-bench-"));
try {
  const clean = path.join(root, "clean");
  const seeded = path.join(root, "seeded");
  generateCatalog({ outDir: clean, items, seed: 1, defectRate: 0 });
  generateCatalog({ outDir: seeded, items, seed: 1, defectRate });

  // Warm up the engine (schema compile, JIT) on a small run first.
  await lint({ cwd: clean, paths: ["."], config: undefined });

  const [cleanMs, cleanRun] = await timed(() => lint({ cwd: clean, paths: ["."] }));
  const [seededMs, seededRun] = await timed(() => lint({ cwd: seeded, paths: ["."] }));
  const files = cleanRun.results.map((r) => r.filePath);
  const texts = files.map((f) => readFileSync(f, "utf8"));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const [readMs] = timed(() => {
    for (const f of files) readFileSync(f);
  });
  const [fastParseMs] = timed(() => {
    for (const t of texts) load(t);
  });
  const [positionsParseMs] = timed(() => {
    for (const t of texts) parseDocument(t);
  });

  // Same-source: a channel that mirrors every item (one list file, as a portal export would be),
  // so the comparison runs on every item; heap measured after the run, with the result held.
  const snapshot = path.join(root, "pc.yaml");
  writeFileSync(
    snapshot,
    dump(
      texts.map((t) => {
        const r = load(t);
        return {
          code: r.code,
          name: r.name,
          timeLimit: r.timeLimit,
          legalBasis: r.legalBasis,
          materials: r.materials.map((m) => ({ name: m.name })),
          address: r.address.map((a) => a.place),
          phone: r.phone,
        };
      }),
      { lineWidth: -1 },
    ),
  );
  const [channelMs, channelRun] = await timed(() => lint({ cwd: clean, paths: ["."], channels: { pc: snapshot } }));
  // What the catalog-wide pass holds per item: its compact facts with every field's view.
  const records = texts.map((t) => load(t));
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const facts = records.map((r, i) => extractFacts(r, { file: files[i], filePath: files[i] }, true));
  globalThis.gc?.();
  const heapAfter = process.memoryUsage().heapUsed;
  if (facts.length !== items) throw new Error("facts");

  const perItem = (ms) => `${((ms / items) * 1000).toFixed(0)} µs/item`;
  const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
  console.log(`guidelint bench: ${items} generated items, ${(bytes / items / 1024).toFixed(1)} KB each, node ${process.version}`);
  console.log(`  lint, clean catalog:            ${cleanMs.toFixed(0)} ms (${perItem(cleanMs)})`);
  console.log(
    `  lint, ${Math.round(defectRate * 100)}% items with a defect:  ${seededMs.toFixed(0)} ms (${perItem(seededMs)}), ${seededRun.summary.errors + seededRun.summary.warnings} findings`,
  );
  console.log(`  lint + one channel (all items):  ${channelMs.toFixed(0)} ms (${perItem(channelMs)}), ${channelRun.summary.errors} mismatches`);
  console.log(
    `  facts held per item (all views): ${((heapAfter - heapBefore) / items / 1024).toFixed(1)} KB${globalThis.gc ? "" : " (run with --expose-gc for a steadier figure)"}; × 100,000 items = ${((((heapAfter - heapBefore) / items) * 100_000) / 2 ** 30).toFixed(2)} GB`,
  );
  console.log(`  read only:                      ${readMs.toFixed(0)} ms (${perItem(readMs)})`);
  console.log(`  js-yaml parse only:             ${fastParseMs.toFixed(0)} ms (${perItem(fastParseMs)})`);
  console.log(`  yaml (positions) parse only:    ${positionsParseMs.toFixed(0)} ms (${perItem(positionsParseMs)})`);
  console.log("ratios (same run):");
  console.log(`  positions parse / fast parse:         ${ratio(positionsParseMs, fastParseMs)}`);
  console.log(`  whole clean lint / positions parse:   ${ratio(cleanMs, positionsParseMs)}  (below 1: cheaper than parsing every file for positions alone)`);
  console.log(`  seeded lint / clean lint:             ${ratio(seededMs, cleanMs)}`);
  console.log(`  lint + channel / clean lint:          ${ratio(channelMs, cleanMs)}`);
  console.log(`  projected 100,000 items, clean:       ${(((cleanMs / items) * 100_000) / 1000).toFixed(0)} s`);

  // Hostile 100 KB strings in every field (test/channels/adversarial.test.ts checks how their cost
  // grows with their length; their time on this machine is here): the slowest view and comparison.
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
      const [ms] = timed(() => viewField(field, text));
      if (ms > slowestView.ms) slowestView = { ms, what: `${kind} as ${field}` };
    }
    const channel = Object.fromEntries([["code", records[0].code], ...COMPARED_FIELDS.map((field) => [field, text])]);
    const [ms] = timed(() => compareRecords(records[0], channel));
    if (ms > slowestRecord.ms) slowestRecord = { ms, what: kind };
  }
  console.log("adversarial (100 KB hostile strings):");
  console.log(`  slowest field view:                   ${slowestView.ms.toFixed(1)} ms (${slowestView.what})`);
  console.log(`  slowest record comparison:            ${slowestRecord.ms.toFixed(1)} ms (${slowestRecord.what}, every field)`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
