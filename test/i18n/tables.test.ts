// The tool's words: every table has both languages for every id, with the same placeholders; and
// no module outside src/i18n chooses words by comparing the language.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AJV_WORDS, PROFILE_AJV_WORDS } from "../../src/i18n/ajv-problem.js";
import { ANNOTATE_WORDS } from "../../src/i18n/annotate-words.js";
import { COMMON_WORDS, severityAliases } from "../../src/i18n/common-words.js";
import { DURATION_WORDS } from "../../src/i18n/duration-words.js";
import { ENUM_LABELS } from "../../src/i18n/enum-labels.js";
import { FIELD_LABELS } from "../../src/i18n/field-labels.js";
import { LANGS, type LocalizedText } from "../../src/i18n/localized.js";
import { MESSAGES } from "../../src/i18n/messages.js";
import { DIMENSION_LABELS, WORDS as METRICS_WORDS } from "../../src/i18n/metrics-words.js";
import { OUTPUT_WORDS } from "../../src/i18n/output-words.js";
import { placeholders, renderText } from "../../src/i18n/render.js";
import { REPORT_WORDS } from "../../src/i18n/report-words.js";
import { didYouMean } from "../../src/text/similar.js";

const ROOT = path.resolve(import.meta.dirname, "../..");

const TABLES: Record<string, Record<string, LocalizedText>> = {
  MESSAGES,
  COMMON_WORDS,
  METRICS_WORDS,
  DIMENSION_LABELS,
  REPORT_WORDS,
  OUTPUT_WORDS,
  ANNOTATE_WORDS,
  AJV_WORDS,
  PROFILE_AJV_WORDS,
  DURATION_WORDS,
  FIELD_LABELS,
  ...Object.fromEntries(Object.entries(ENUM_LABELS).map(([name, table]) => [`ENUM_LABELS.${name}`, table])),
};

const entries = Object.entries(TABLES).flatMap(([table, words]) => Object.entries(words).map(([id, text]) => [`${table}.${id}`, text] as const));

describe("word tables", () => {
  it("cover every table", () => {
    expect(entries.length).toBeGreaterThan(250);
  });

  it.each(entries)("%s has both languages with the same placeholders", (_, text) => {
    expect(Object.keys(text).sort()).toEqual([...LANGS].sort());
    for (const lang of LANGS) expect(text[lang].trim()).not.toBe("");
    expect(placeholders(text["zh-CN"])).toEqual(placeholders(text.en));
  });
});

describe("renderText", () => {
  it("agrees an English word with its number; Chinese needs no plural", () => {
    const text = MESSAGES.summaryProblems;
    expect(renderText(text, { total: 1, errors: 1, warnings: 0, files: 1 }, "en")).toBe("1 problem (1 error, 0 warnings) in 1 file");
    expect(renderText(text, { total: 3, errors: 2, warnings: 1, files: 2 }, "en")).toBe("3 problems (2 errors, 1 warning) in 2 files");
    expect(renderText(text, { total: 1, errors: 1, warnings: 0, files: 1 }, "zh-CN")).toBe("共 1 个问题（1 个错误，0 个警告），涉及 1 个文件");
  });

  it("keeps a placeholder with no value visible", () => {
    expect(renderText({ en: "{{n}} {{n|file|files}}", "zh-CN": "{{n}} 个文件" }, {}, "en")).toBe("{{n}} {{n|file|files}}");
  });
});

describe("didYouMean", () => {
  it("names the closest candidate, a unique prefix, or a word of another language", () => {
    expect(didYouMean("jsn", ["json", "csv"])).toEqual({ en: ' (did you mean "json"?)', "zh-CN": "（是否应为“json”？）" });
    expect(didYouMean("--group", ["--group-by", "--sort"])).toEqual(didYouMean("--group-bi", ["--group-by"]));
    expect(didYouMean("警告", ["off", "warning", "error"], severityAliases())).toEqual(didYouMean("warnin", ["warning"]));
    expect(didYouMean("zzzzzz", ["json", "csv"])).toBe("");
  });
});

/** A language literal compared with something: `lang === "en"`, `"zh-CN" !== x`, `case "en":`. */
const LANGUAGE_BRANCH = /[!=]==?\s*["'](?:en|zh-CN)["']|["'](?:en|zh-CN)["']\s*[!=]==?|case\s+["'](?:en|zh-CN)["']\s*:/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full.endsWith(`${path.sep}i18n`) ? [] : sourceFiles(full);
    return /\.(ts|mjs|js)$/.test(entry.name) ? [full] : [];
  });
}

describe("language choices live in src/i18n", () => {
  it("the pattern catches the ways a module would branch", () => {
    for (const line of ['lang === "zh-CN" ? a : b', "if (lang !== 'en')", '"en" === lang', 'case "zh-CN":']) expect(line).toMatch(LANGUAGE_BRANCH);
    expect('text["zh-CN"]').not.toMatch(LANGUAGE_BRANCH);
  });

  it("no module outside src/i18n compares the language", () => {
    const offenders = [...sourceFiles(path.join(ROOT, "src")), ...sourceFiles(path.join(ROOT, "scripts"))].flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, i) => (LANGUAGE_BRANCH.test(line) ? [`${path.relative(ROOT, file)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(offenders, "move the choice into a table in src/i18n (renderText / t)").toEqual([]);
  });
});
