// Big inputs stay linear: each case is linted at 1× and 10× its size, each run in a fresh Node
// (so one run's heap and JIT do not help the next), and the ratio of the CPU times is printed: a
// linear case reads about 10, a quadratic one about 100. The tests pin the findings of these
// inputs (test/scale/); the times live here, since a timing assertion fails on a busy machine.
//
//   npm run build && node scripts/bench-big-inputs.mjs [--case duplicate-code|unknown-keys|identical-materials] [--scale 1]
//
// --scale shrinks or grows every case (0.1 for a quick look). Each run is the CLI's
// `lint <input> --format json -o <file>`, so the output's size is measured too.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generateCatalog } from "./generate-catalog.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const arg = (name) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const only = arg("case");
const scale = Number(arg("scale") ?? 1);
// A run that takes longer than this is stopped and reported as such (a quadratic 10× run would
// otherwise hold the machine for minutes).
const TIMEOUT_MS = Number(arg("timeout") ?? 300_000);

const root = mkdtempSync(path.join(tmpdir(), "guidelint-big-"));

/** One clean generated item, as text: the base every case copies or grows. */
function baseItem() {
  const dir = path.join(root, "base");
  generateCatalog({ outDir: dir, items: 1, seed: 1, defectRate: 0 });
  const file = readdirRecursive(dir).find((f) => f.endsWith(".yaml"));
  return readFileSync(file, "utf8");
}

function readdirRecursive(dir) {
  return spawnSync("find", [dir, "-type", "f"], { encoding: "utf8" }).stdout.trim().split("\n");
}

const base = baseItem();

// A county folder cloned from a template: n files, one implementation code.
function duplicateCode(dir, n) {
  for (let i = 0; i < n; i++) {
    const sub = path.join(dir, `dept-${Math.floor(i / 1000)}`);
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, `copy-${i}.yaml`), base);
  }
}

// One record with n keys the schema does not know (a spreadsheet export with a column per day).
function unknownKeys(dir, n) {
  mkdirSync(dir, { recursive: true });
  const lines = [];
  for (let i = 0; i < n; i++) lines.push(`column${i}: ${i}`);
  writeFileSync(path.join(dir, "item.yaml"), `${base}${lines.join("\n")}\n`);
}

// One record whose material list is one material pasted n times: a paper original of a licence
// that is an e-licence, with no run to the office, so materials-duplicate, materials-e-license and
// runs-depth each report on every copy.
function identicalMaterials(dir, n) {
  mkdirSync(dir, { recursive: true });
  const material = "  - { name: 营业执照, form: original, media: paper, copies: 1, necessity: required, source: applicant }";
  const text = base.replace(/^runs: .*$/m, "runs: 0").replace(/^materials:.*\n(?: {2}.*\n)*/m, `materials:\n${Array(n).fill(material).join("\n")}\n`);
  writeFileSync(path.join(dir, "item.yaml"), text);
}

const CASES = [
  { id: "duplicate-code", what: "files with one code", size: 2_000, build: duplicateCode },
  { id: "unknown-keys", what: "unknown keys in one file", size: 10_000, build: unknownKeys },
  { id: "identical-materials", what: "identical materials in one file", size: 20_000, build: identicalMaterials },
];

// The child runs the built CLI in-process and reports its own CPU time (user + system) and peak memory.
const CHILD = `
const { main } = await import(${JSON.stringify(pathToFileURL(path.join(ROOT, "dist/cli/main.js")).href)});
const code = await main(["node", "guidelint", ...process.argv.slice(1)]);
const usage = process.resourceUsage();
process.stderr.write("\\n@@" + JSON.stringify({ code, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssMb: usage.maxRSS / 1024 }) + "\\n");
`;

function run(dir) {
  const out = path.join(dir, "..", `${path.basename(dir)}.json`);
  const started = performance.now();
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", CHILD, "lint", ".", "--format", "json", "-o", out], {
    cwd: dir,
    encoding: "utf8",
    timeout: TIMEOUT_MS,
    env: { ...process.env, CI: "true" },
  });
  const wallMs = performance.now() - started;
  const report = /@@(.*)$/m.exec(child.stderr ?? "");
  if (!report)
    return {
      failed: child.signal ? `stopped after ${Math.round(wallMs / 1000)} s (${child.signal})` : (child.stderr ?? "").trim().split("\n").slice(-3).join(" | "),
    };
  const { cpuMs, maxRssMb } = JSON.parse(report[1]);
  const said = (child.stderr ?? "").replace(/@@.*$/m, "").trim().split("\n").slice(-2).join(" | ");
  if (!existsSync(out)) return { failed: `no output after ${(cpuMs / 1000).toFixed(1)} s CPU: ${said.slice(0, 300)}` };
  const json = JSON.parse(readFileSync(out, "utf8"));
  const findings = json.results.reduce((n, r) => n + r.findings.length, 0);
  const related = json.results.reduce((n, r) => n + r.findings.reduce((m, f) => m + (f.related?.length ?? 0), 0), 0);
  const outputMb = statSync(out).size / 2 ** 20;
  rmSync(out);
  return { cpuMs, wallMs, maxRssMb, findings, related, outputMb };
}

const fmt = (r) =>
  r.failed
    ? r.failed
    : `${(r.cpuMs / 1000).toFixed(2)} s CPU, ${(r.wallMs / 1000).toFixed(2)} s wall, ${r.maxRssMb.toFixed(0)} MB peak, ${r.findings} findings, ${r.related} related, ${r.outputMb.toFixed(1)} MB JSON`;

try {
  // A trivial run first, so the ratio is not skewed by the first start's disk cache.
  const warm = path.join(root, "warm");
  duplicateCode(warm, 1);
  run(warm);
  for (const c of CASES.filter((c) => !only || c.id === only)) {
    const results = [];
    for (const factor of [1, 10]) {
      const n = Math.max(1, Math.round(c.size * scale * factor));
      const dir = path.join(root, `${c.id}-${n}`);
      c.build(dir, n);
      const result = run(dir);
      results.push(result);
      console.log(`${c.id.padEnd(20)} ${String(n).padStart(8)} ${c.what}: ${fmt(result)}`);
      rmSync(dir, { recursive: true, force: true });
      if (result.failed) break;
    }
    const [one, ten] = results;
    if (one && ten && !one.failed && !ten.failed) {
      console.log(`${c.id.padEnd(20)} 10× the input: ${(ten.cpuMs / one.cpuMs).toFixed(1)}× the CPU time (linear ≈ 10)`);
    }
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
