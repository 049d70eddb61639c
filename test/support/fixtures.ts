import { readFileSync } from "node:fs";
import path from "node:path";
import fg from "fast-glob";
import { defaultConfig } from "../../src/config/load-config.js";
import { createSettingsResolver } from "../../src/config/rule-settings.js";
import { lintSource } from "../../src/engine/lint-source.js";
import type { Finding } from "../../src/engine/result.js";

export const FIXTURES_DIR = path.resolve(import.meta.dirname, "../../fixtures");

/** Every fixture file of the rules, relative to fixtures/, sorted. */
export function ruleFixtureFiles(): string[] {
  return fg.sync("rules/*/{valid,invalid}/*.{yaml,yml}", { cwd: FIXTURES_DIR }).sort();
}

/** `line:rule-id` for every `# expect: a, b` marker in a fixture (markdownlint-style inline expectations). */
export function expectedMarkers(text: string): string[] {
  const out: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const match = /#\s*expect:\s*([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s*$/.exec(line);
    if (match) for (const id of match[1].split(",")) out.push(`${i + 1}:${id.trim()}`);
  });
  return out.sort();
}

const settingsFor = createSettingsResolver(defaultConfig(FIXTURES_DIR));

/** Lint a fixture with every rule at its default settings and the built-in lists. */
export function lintFixture(relative: string): { text: string; findings: Finding[] } {
  const filePath = path.join(FIXTURES_DIR, relative);
  const bytes = readFileSync(filePath);
  const { result, toolErrors } = lintSource(bytes, { file: relative, filePath }, settingsFor(filePath));
  if (toolErrors.length > 0) throw new Error(toolErrors.map((e) => e.message).join("\n"));
  return { text: bytes.toString("utf8"), findings: result.findings };
}
