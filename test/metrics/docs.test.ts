// What a reviewer would check by eye: the metrics page documents every figure and every built-in profile.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { METRICS } from "../../src/metrics/definitions.js";
import { BUILTIN_PROFILES } from "../../src/config/profiles/builtin.js";
import { ROOT } from "../support/cli.js";

describe("docs/metrics.md", () => {
  const page = readFileSync(path.join(ROOT, "docs/metrics.md"), "utf8");

  it.each(METRICS.map((m) => [m.id, m] as const))("documents %s with its Chinese label", (id, metric) => {
    expect(page).toMatch(new RegExp(`^\\| \`${id}\` \\| ${metric.label["zh-CN"].replace(/[()（）]/g, ".")} \\|`, "m"));
  });

  it.each(BUILTIN_PROFILES.map((p) => [p.name, p] as const))("documents the profile %s with its document", (name, profile) => {
    expect(page).toContain(`| \`${name}\` | ${profile.document} |`);
  });
});
