// The command line of the province-scale features: the matrix (shards with facts, merge), the
// cache, and the pass's options, as a CI job or a maintainer types them.
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { itemText, runCli, tempDir } from "../support/cli.js";

const CONFIG = 'catalog: ["catalog/**/*.yaml"]\n';
// Two copies of one code in different shards: only the merge sees both.
const catalog = () =>
  tempDir({ "guidelint.config.yaml": CONFIG, "catalog/a.yaml": itemText(), "catalog/b.yaml": itemText({}, 2), "catalog/c.yaml": itemText() });

describe("a CI matrix: lint --shard i/n --facts-out, then merge", () => {
  it("the merge prints what one plain run prints, and gates; the shards exit 0", async () => {
    const cwd = catalog();
    const plain = await runCli(["lint", "--format", "json"], { cwd });
    for (const i of [1, 2]) {
      const shard = await runCli(["lint", "--shard", `${i}/2`, "--facts-out", `facts-${i}.json`, "--format", "json", "-o", `shard-${i}.json`], { cwd });
      expect(shard.status, shard.stderr).toBe(0);
    }
    const merged = await runCli(["merge", "facts-2.json", "facts-1.json", "--format", "json"], { cwd });
    expect(merged.stdout).toBe(plain.stdout);
    expect(merged.status).toBe(plain.status);
    expect(JSON.parse(merged.stdout).results.flatMap((r: { findings: { ruleId: string }[] }) => r.findings.map((f) => f.ruleId))).toContain("code-unique");
  });

  it("with no config, the merge uses the defaults, as the shards did (not the sample catalog's config)", async () => {
    const cwd = tempDir({ "a.yaml": itemText(), "b.yaml": itemText() });
    const plain = await runCli(["lint", ".", "--format", "json"], { cwd });
    for (const i of [1, 2]) await runCli(["lint", ".", "--shard", `${i}/2`, "--facts-out", `facts-${i}.json`], { cwd });
    const merged = await runCli(["merge", "facts-1.json", "facts-2.json", "--format", "json"], { cwd });
    expect(merged.stderr).toBe("");
    expect(merged.stdout).toBe(plain.stdout);
  });

  it("plain shards of a folder named on the command line, with no config: each finding in exactly one", async () => {
    const cwd = tempDir({ "items/a.yaml": itemText(), "items/b.yaml": itemText({}, 2), "items/c.yaml": itemText() });
    const findings = (stdout: string) =>
      JSON.parse(stdout).results.flatMap((r: { file: string; findings: { ruleId: string; line: number }[] }) =>
        r.findings.map((f) => `${r.file}:${f.line}:${f.ruleId}`),
      );
    const plain = findings((await runCli(["lint", "items", "--format", "json"], { cwd })).stdout).sort();
    expect(plain.filter((f: string) => f.endsWith("code-unique"))).toHaveLength(2);
    const shards = [];
    for (const i of [1, 2, 3]) shards.push(...findings((await runCli(["lint", "items", "--shard", `${i}/3`, "--format", "json"], { cwd })).stdout));
    expect(shards.sort()).toEqual(plain);
  });

  it("an incomplete set of facts files, or --facts-out without --shard, is a usage error", async () => {
    const cwd = catalog();
    await runCli(["lint", "--shard", "1/2", "--facts-out", "facts-1.json"], { cwd });
    const incomplete = await runCli(["merge", "facts-1.json"], { cwd });
    expect(incomplete.status).toBe(2);
    expect(incomplete.stderr).toMatch(/not one complete set of shards \(found 1\/2\)/);
    const alone = await runCli(["lint", "--facts-out", "facts.json"], { cwd });
    expect(alone.status).toBe(2);
    expect(alone.stderr).toMatch(/--facts-out goes with --shard/);
    const notFacts = await runCli(["merge", "guidelint.config.yaml"], { cwd, env: { LANG: "zh_CN.UTF-8" } });
    expect(notFacts.stderr).toMatch(/无法读取事实文件 guidelint.config.yaml/);
  });
});

describe("the pass's options", () => {
  it("--cache writes .guidelintcache and a warm run prints the same", async () => {
    const cwd = catalog();
    const cold = await runCli(["lint", "--cache", "--format", "json"], { cwd });
    expect(existsSync(path.join(cwd, ".guidelintcache"))).toBe(true);
    expect((await runCli(["lint", "--cache", "--format", "json"], { cwd })).stdout).toBe(cold.stdout);
    expect((await runCli(["lint", "--cache-location", "c/cache.json", "--cache-strategy", "content", "--format", "json"], { cwd })).stdout).toBe(cold.stdout);
    expect(existsSync(path.join(cwd, "c/cache.json"))).toBe(true);
  });

  it("a cache that cannot be written is a warning; the findings are complete", async () => {
    const cwd = catalog();
    const plain = await runCli(["lint", "--format", "json"], { cwd });
    // The cache's folder would have to be a file that exists.
    const run = await runCli(["lint", "--cache-location", "catalog/a.yaml/cache.json", "--format", "json"], { cwd });
    expect(run.stdout).toBe(plain.stdout);
    expect(run.status).toBe(plain.status);
    expect(run.stderr).toMatch(/The cache catalog\/a.yaml\/cache.json could not be written/);
  });

  it("names a bad --concurrency or --cache-strategy", async () => {
    const cwd = catalog();
    expect((await runCli(["lint", "--concurrency", "many"], { cwd })).stderr).toMatch(/--concurrency "many" must be a number of worker threads, auto or off/);
    expect((await runCli(["lint", "--cache", "--cache-strategy", "mtime"], { cwd })).stderr).toMatch(/--cache-strategy "mtime" must be metadata or content/);
  });
});
