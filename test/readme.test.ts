import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");

describe("README", () => {
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");

  it("starts with the two commands that set up a fresh machine", () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    expect(firstBlock).toMatch(/^npm ci && node bin\/guidelint\.js/m);
    expect(firstBlock).toMatch(/^npm test/m);
  });

  it("lists exactly the rules of the registry (node scripts/rules-table.mjs rewrites it)", async () => {
    // @ts-expect-error plain ESM script without types
    const { withTable } = await import("../scripts/rules-table.mjs");
    expect(readme).toBe(withTable(readme));
  });

  it("is what .ci/run runs", () => {
    const ci = readFileSync(path.join(ROOT, ".ci/run"), "utf8");
    expect(ci).toMatch(/^npm ci$/m);
    expect(ci).toMatch(/^npm test$/m);
  });
});
