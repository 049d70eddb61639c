// What a library user can import: the use cases from "guidelint", building blocks from subpaths.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { exports: Record<string, string | { import: string; types: string }> };

describe("the package's public API", () => {
  it("exports the use cases from the root, and not the engine's building blocks", async () => {
    const api = await import("../../src/index.js");
    for (const name of [
      "lint",
      "measureCatalog",
      "loadConfig",
      "formatters",
      "metricsFormatters",
      "buildAuditReport",
      "renderHtml",
      "defineRule",
      "fixFiles",
      "rules",
    ]) {
      expect(api, name).toHaveProperty(name);
    }
    // lintSource and lintFiles skip the catalog-wide rules and the suppression pass: not a way in.
    for (const name of ["lintSource", "lintFiles", "createSettingsResolver", "discoverFiles", "runCatalogPass"]) expect(api, name).not.toHaveProperty(name);
  });

  it("declares every subpath, and each one's build output exists after `npm run build`", () => {
    expect(Object.keys(pkg.exports).sort()).toEqual([".", "./baseline", "./channels", "./fix", "./metrics", "./package.json", "./testing"]);
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      if (typeof target === "string") continue;
      for (const file of [target.import, target.types]) expect(() => readFileSync(path.join(ROOT, file)), `${subpath}: ${file}`).not.toThrow();
    }
  });

  it("offers the building blocks from the subpaths", async () => {
    expect(await import("../../src/public/metrics.js")).toHaveProperty("computeMetrics");
    expect(await import("../../src/public/channels.js")).toHaveProperty("compareRecords");
    expect(await import("../../src/public/baseline.js")).toHaveProperty("applyBaseline");
    expect(await import("../../src/public/fix.js")).toHaveProperty("applyFixes");
    expect(await import("../../src/public/testing.js")).toHaveProperty("testRule");
  });

  it("has no `export *`: every public name is chosen", () => {
    for (const file of ["src/index.ts", ...["metrics", "channels", "baseline", "fix", "testing"].map((n) => `src/public/${n}.ts`)]) {
      expect(readFileSync(path.join(ROOT, file), "utf8"), file).not.toMatch(/export \*/);
    }
  });
});
