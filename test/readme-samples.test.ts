import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./support/cli.js";

const ROOT = path.resolve(import.meta.dirname, "..");

describe("README sample output", () => {
  it("is the real output of the commands it shows (node scripts/readme-samples.mjs rewrites it)", async () => {
    // @ts-expect-error plain ESM script without types
    const { SAMPLES, withSamples } = await import("../scripts/readme-samples.mjs");
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    type Sample = { args: string[]; env: Record<string, string> };
    // The CLI runs in-process (async); the outputs are gathered first, then put in place.
    const outputs = new Map<Sample, string>();
    for (const sample of SAMPLES as Sample[]) outputs.set(sample, (await runCli(sample.args, { cwd: ROOT, env: sample.env })).stdout);
    expect(readme).toBe(withSamples(readme, (sample: Sample) => outputs.get(sample)!));
  });

  it("an excerpt keeps the README's start and end lines and takes their text from the run", async () => {
    // @ts-expect-error plain ESM script without types
    const { withSamples } = await import("../scripts/readme-samples.mjs");
    const readme = "```\n$ node bin/guidelint.js sources\nold 1\n  …\nold last\n```\n```\n$ LANG=zh_CN.UTF-8 node bin/guidelint.js\nx\n```\n";
    const output = (sample: { args: string[] }) => (sample.args.length > 0 ? "a\nb\nc\nd\n" : "whole\noutput\n");
    expect(withSamples(readme, output)).toBe(
      "```\n$ node bin/guidelint.js sources\na\n  …\nd\n```\n```\n$ LANG=zh_CN.UTF-8 node bin/guidelint.js\nwhole\noutput\n```\n",
    );
  });
});
