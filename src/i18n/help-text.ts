// The Chinese words of `--help`. Each command, option and argument of src/cli/command-table.ts carries its
// English description as commander has it, and its Chinese one here, set where it is defined
// (`zh(new Option(…, "english"), "中文")`), so the two are read and changed together. Under a
// Chinese locale main.ts swaps them in before commander prints anything; an item without a Chinese
// text keeps its English one (test/cli/help-zh.test.ts names every such item, so none ships).
import type { Argument, Command, Help, Option } from "commander";
import type { Lang, LocalizedText } from "./localized.js";

const ZH_TEXTS = new WeakMap<Command | Option | Argument, string>();

/** The item, remembering its Chinese help text. */
export function zh<T extends Command | Option | Argument>(item: T, text: string): T {
  ZH_TEXTS.set(item, text);
  return item;
}

/** The Chinese help text of a command, option or argument; undefined when it has none. */
export function zhText(item: Command | Option | Argument): string | undefined {
  return ZH_TEXTS.get(item);
}

/** Commander's own headings, passed to Help.styleTitle. */
const ZH_TITLES: Record<string, string> = {
  "Usage:": "用法：",
  "Arguments:": "参数：",
  "Options:": "选项：",
  "Global Options:": "全局选项：",
  "Commands:": "命令：",
};

/** Commander's parenthesised extras after a description: `(default: "x", choices: …)`. */
const ZH_EXTRAS: [RegExp, string][] = [
  [/\bdefault: /g, "默认："],
  [/\bchoices: /g, "可选值："],
  [/\bpreset: /g, "预设："],
  [/\benv: /g, "环境变量："],
];

/** Help for "-h, --help", "-V, --version" and the `help` command, which commander words itself. */
const ZH_BUILT_INS = {
  help: "显示命令帮助",
  version: "显示版本号",
  helpCommand: "显示某个命令的帮助",
} as const;

const VERSION_DESCRIPTION: LocalizedText = { en: "output the version number", "zh-CN": ZH_BUILT_INS.version };

/** What `-V, --version` says it does, in the language (commander's own words in English). */
export function versionDescription(lang: Lang): string {
  return VERSION_DESCRIPTION[lang];
}

/**
 * Put the command's help into the language: its description, its options' and arguments', the
 * headings and commander's built-in lines; then the same for its subcommands. English is what
 * commander already holds, so only Chinese changes anything.
 */
export function localiseHelp(command: Command, lang: Lang): void {
  if (lang !== "zh-CN") return;
  const description = zhText(command);
  if (description !== undefined) command.description(description);
  for (const option of command.options) option.description = zhText(option) ?? option.description;
  for (const argument of command.registeredArguments) argument.description = zhText(argument) ?? argument.description;
  command.helpOption("-h, --help", ZH_BUILT_INS.help);
  if (command.commands.length > 0) command.helpCommand("help [command]", ZH_BUILT_INS.helpCommand);
  command.configureHelp(ZH_HELP);
  for (const sub of command.commands) localiseHelp(sub, lang);
}

// Commander's Help methods, called on the Help instance: `this` is commander's helper.
const ZH_HELP: Partial<Help> = {
  styleTitle: (title: string) => ZH_TITLES[title] ?? title,
  // Commander puts a space after "Usage:"; after the full-width colon of 用法： it would be a gap.
  formatHelp(this: Help, command: Command, helper: Help): string {
    return Object.getPrototypeOf(this)
      .formatHelp.call(this, command, helper)
      .replace(/^用法： /, "用法：");
  },
  // Chinese characters take two columns: without this the descriptions after them lose alignment.
  displayWidth: (text: string) => terminalWidth(text),
  optionDescription(this: Help, option: Option): string {
    return zhExtras(Object.getPrototypeOf(this).optionDescription.call(this, option));
  },
  argumentDescription(this: Help, argument: Argument): string {
    return zhExtras(Object.getPrototypeOf(this).argumentDescription.call(this, argument));
  },
  // Commander breaks lines at spaces only, and Chinese has none: a description would run past the
  // terminal's edge. Break between characters too, never before closing punctuation (，。）) or
  // after opening brackets (（“).
  boxWrap(this: Help, text: string, width: number): string {
    if (width < this.minWidthToWrap) return text;
    return text
      .split(/\r?\n/)
      .map((line) => wrapLine(line, width))
      .join("\n");
  },
};

const HAN = "\\u2e80-\\u2fff\\u3040-\\u9fff\\uac00-\\ud7a3\\uf900-\\ufaff";
const OPEN = "（“‘《「『【〔";
const CLOSE = "，。；：、）”’》」』】〕！？";
/** A piece no line break may split: its leading spaces, then a Chinese character or a run of other text, with the punctuation that clings to it. */
const CHUNK = new RegExp(`\\s*(?:[${OPEN}]*(?:[${HAN}]|[^\\s${HAN}${OPEN}${CLOSE}]+)[${CLOSE}]*|[${OPEN}${CLOSE}]+)`, "gu");

function wrapLine(line: string, width: number): string {
  const chunks = line.match(CHUNK);
  if (!chunks) return line.trim() === "" ? "" : line;
  const lines: string[] = [];
  let current = chunks[0];
  for (const chunk of chunks.slice(1)) {
    if (terminalWidth(current + chunk) <= width) current += chunk;
    else {
      lines.push(current);
      current = chunk.trimStart();
    }
  }
  lines.push(current);
  return lines.join("\n");
}

function zhExtras(description: string): string {
  return ZH_EXTRAS.reduce((text, [pattern, word]) => text.replace(pattern, word), description);
}

function terminalWidth(text: string): number {
  let width = 0;
  // ANSI colour codes take no columns.
  for (const ch of text.replace(/\u001b\[[0-9;]*m/g, ""))
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return width;
}
