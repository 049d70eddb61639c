// `guidelint init` recommends the VS Code extension: a new .vscode/extensions.json, or the ids
// added to an existing one in place (its comments and entries kept), never a second copy.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempDir } from "../support/cli.js";

const FILE = ".vscode/extensions.json";
const read = (dir: string) => readFileSync(path.join(dir, FILE), "utf8");

describe("guidelint init: the VS Code recommendation", () => {
  it("writes the recommendations when there is no extensions.json", async () => {
    const dir = tempDir();
    const run = await runCli(["init"], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Wrote ${FILE}`);
    expect(JSON.parse(read(dir))).toEqual({ recommendations: ["guidelint.guidelint-vscode", "redhat.vscode-yaml"] });
  });

  it.each([
    [
      "a list with comments and other entries",
      '{\n  // recommended for this workspace\n  "recommendations": [\n    "esbenp.prettier-vscode"\n  ]\n}\n',
      '{\n  // recommended for this workspace\n  "recommendations": [\n    "guidelint.guidelint-vscode", "redhat.vscode-yaml", "esbenp.prettier-vscode"\n  ]\n}\n',
    ],
    ["an empty list", '{ "recommendations": [] }\n', '{ "recommendations": ["guidelint.guidelint-vscode", "redhat.vscode-yaml"] }\n'],
    [
      "the YAML extension already there",
      '{ "recommendations": ["redhat.vscode-yaml"] }\n',
      '{ "recommendations": ["guidelint.guidelint-vscode", "redhat.vscode-yaml"] }\n',
    ],
  ])("merges into %s, keeping the rest of the file (also with --force)", async (_name, before, after) => {
    const dir = tempDir({ [FILE]: before });
    const run = await runCli(["init", "--force"], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`to the recommendations in ${FILE}`);
    expect(read(dir)).toBe(after);
    // A second init has nothing to add.
    const again = await runCli(["init", "--lang", "zh-CN"], { cwd: dir });
    expect(again.stdout).toContain(`已保留 ${FILE}：其中已推荐`);
    expect(read(dir)).toBe(after);
  });

  it("says what to add by hand when the file has no list it can add to", async () => {
    const dir = tempDir({ [FILE]: '{ "unwantedRecommendations": [] }\n' });
    const run = await runCli(["init"], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      `Kept ${FILE}: it has no "recommendations" list guidelint can add to; add guidelint.guidelint-vscode, redhat.vscode-yaml to it by hand.`,
    );
    expect(read(dir)).toBe('{ "unwantedRecommendations": [] }\n');
    expect(existsSync(path.join(dir, ".vscode/settings.json"))).toBe(true);
  });
});
