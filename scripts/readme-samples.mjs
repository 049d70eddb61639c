// Regenerates the sample outputs in README.md from real runs of the built CLI (after `npm run build`):
//   node scripts/readme-samples.mjs          write them
//   node scripts/readme-samples.mjs --check  exit 1 if README.md is out of date (the tests check this too)
// A sample is a fenced block that starts with `$ <command>`. A line "  …" inside it stands for the
// lines left out: the lines above it are the start of the real output, the lines below its end,
// as many as the README shows, so the excerpt is chosen by hand and its text by the run.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";

/** The samples, with the environment their command line names. */
export const SAMPLES = [
  { command: "LANG=zh_CN.UTF-8 node bin/guidelint.js", args: [], env: { LANG: "zh_CN.UTF-8" } },
  { command: "node bin/guidelint.js sources", args: ["sources"], env: {} },
];

const ELLIPSIS = /^\s*…\s*$/;

/** The README with each sample block's output replaced by `output(sample)`'s, excerpted as shown. */
export function withSamples(readme, output) {
  let out = readme;
  for (const sample of SAMPLES) {
    const opening = `\`\`\`\n$ ${sample.command}\n`;
    const start = out.indexOf(opening);
    if (start < 0) throw new Error(`README.md has no sample block for \`${sample.command}\``);
    const bodyStart = start + opening.length;
    const end = out.indexOf("```", bodyStart);
    const shown = out.slice(bodyStart, end).replace(/\n$/, "").split("\n");
    const real = output(sample).replace(/\n$/, "").split("\n");
    const cut = shown.findIndex((line) => ELLIPSIS.test(line));
    const lines = cut < 0 ? real : [...real.slice(0, cut), shown[cut], ...real.slice(real.length - (shown.length - cut - 1))];
    out = `${out.slice(0, bodyStart)}${lines.join("\n")}\n${out.slice(end)}`;
  }
  return out;
}

/** The run as a user's terminal would show it, less colours and spinner. */
export function runSample(sample) {
  const env = { ...process.env, LC_ALL: "", LC_MESSAGES: "", LANG: "en_US.UTF-8", CI: "true", FORCE_COLOR: "", NO_COLOR: "1", ...sample.env };
  return spawnSync(process.execPath, ["bin/guidelint.js", ...sample.args], { env, encoding: "utf8" }).stdout;
}

if (import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const readme = readFileSync("README.md", "utf8");
  const updated = withSamples(readme, runSample);
  if (process.argv.includes("--check")) {
    if (updated !== readme) {
      console.error("README.md sample output is out of date: run node scripts/readme-samples.mjs");
      process.exit(1);
    }
  } else {
    writeFileSync("README.md", updated);
  }
}
