import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { PACKAGE_ROOT } from "../api.js";
import { displayPath } from "../source/display-path.js";
import { UsageError } from "../errors.js";
import type { Lang } from "../i18n/localized.js";
import { MESSAGES } from "../i18n/messages.js";
import { renderText } from "../i18n/render.js";
import { findRule, rules } from "../rules/registry.js";
import type { AnyRule } from "../rules/types.js";
import { didYouMean } from "../text/similar.js";
import { parseOutputSpecs } from "./output-spec.js";
import type { CommandRun } from "./runner.js";

interface RulesCommandOptions {
  lang?: string;
  format?: string;
}

/**
 * The package's own page for a rule in the language (what `guidelint rules <id>` prints): English
 * pages are docs/rules/<id>.md, Chinese ones docs/rules/zh-CN/<id>.md. A rule whose page is not
 * written in the language yet (a rule just added) gets the English one rather than nothing.
 */
export function rulePage(id: string, lang: Lang, root: string = PACKAGE_ROOT): string {
  const english = path.join(root, "docs/rules", `${id}.md`);
  const translated = path.join(root, "docs/rules", PAGE_FOLDERS[lang], `${id}.md`);
  return existsSync(translated) ? translated : english;
}

/** Where each language's pages are, under docs/rules/. */
const PAGE_FOLDERS: Record<Lang, string> = { en: ".", "zh-CN": "zh-CN" };

/** Whether the list shows the title column: see rulesTable. */
const TITLE_COLUMN: Record<Lang, boolean> = { en: false, "zh-CN": true };

const FORMATS = { text: true, json: true };

/** `guidelint rules [id]`: every rule with its default severity, fixability and docs; or one rule's docs. */
export async function run(cmd: CommandRun, [id]: unknown[], options: RulesCommandOptions): Promise<number> {
  const { io, lang } = cmd;
  const [target] = parseOutputSpecs(options.format === undefined ? [] : [options.format], undefined, FORMATS, { defaultFormat: "text", single: true });
  const json = target.format === "json";
  let text: string;
  if (id !== undefined) {
    const rule = findRule(id as string);
    if (!rule)
      throw new UsageError("unknownRuleId", {
        value: id as string,
        suggestion: didYouMean(
          id as string,
          rules.map((r) => r.id),
        ),
      });
    // The generator's markers (`<!-- begin generated … -->`) are for `npm run docs`, not for readers.
    const page = readFileSync(rulePage(rule.id, lang), "utf8").replace(/^<!--[^\n]*-->\n/gm, "");
    text = json ? `${JSON.stringify({ ...ruleEntry(rule, io.cwd, lang), page }, null, 2)}\n` : page;
  } else {
    const entries = rules.map((rule) => ruleEntry(rule, io.cwd, lang));
    text = json ? `${JSON.stringify(entries, null, 2)}\n` : rulesTable(entries, lang);
  }
  cmd.writeOutputs([target], () => text);
  return 0;
}

interface RuleEntry {
  id: string;
  title: string;
  defaultSeverity: AnyRule["defaultSeverity"];
  fixable: boolean;
  description: string;
  docs: string;
}

function ruleEntry(rule: AnyRule, cwd: string, lang: Lang): RuleEntry {
  return {
    id: rule.id,
    title: rule.title?.[lang] ?? "",
    defaultSeverity: rule.defaultSeverity,
    fixable: rule.fixable,
    description: rule.description[lang],
    docs: displayPath(cwd, rulePage(rule.id, lang)),
  };
}

function rulesTable(entries: readonly RuleEntry[], lang: Lang): string {
  const word = (id: keyof typeof MESSAGES) => renderText(MESSAGES[id], {}, lang);
  // A Chinese reader finds a rule by its title (申请材料含兜底表述), not by its English id; the
  // English table keeps its columns (scripts and tests read it), the title is in --format json.
  const titled = TITLE_COLUMN[lang];
  const rows = [
    [word("rulesColumnRule"), ...(titled ? [word("rulesColumnTitle")] : []), word("rulesColumnSeverity"), word("rulesColumnFixable"), word("rulesColumnDocs")],
    ...entries.map((e) => [
      e.id,
      ...(titled ? [e.title] : []),
      word(e.defaultSeverity === "error" ? "severityError" : "severityWarning"),
      e.fixable ? word("yes") : "",
      e.docs,
    ]),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => displayWidth(row[i]))));
  const lines = rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell + " ".repeat(widths[i] - displayWidth(cell)))).join("  "));
  return `${lines.map((line) => line.trimEnd()).join("\n")}\n`;
}

// Chinese characters take two columns in a terminal.
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return width;
}
