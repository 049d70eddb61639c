import { Option } from "commander";
import { UsageError } from "../errors.js";
import type { Lang } from "../i18n/localized.js";
import { detectLang } from "../i18n/locale.js";

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Options every command takes (cli.md "Options every command takes"). */
export function commonOptions(): Option[] {
  return [
    new Option("-c, --config <file>", "config file (default: nearest guidelint.config.yaml / .guidelintrc.yaml upward)"),
    new Option("--format <name[=file]>", "output format, repeatable, each with its own file").argParser(collect),
    new Option("-o, --output <file>", "write the (single) format to a file"),
    new Option("--lang <lang>", "message language: zh-CN | en (default: from LANG / LC_ALL)"),
    new Option("--quiet", "report errors only"),
    new Option("--max-warnings <n>", "exit 1 when warnings exceed n"),
    new Option("--no-progress", "no spinner (off anyway when stderr is not a terminal or CI is set)"),
    new Option("--channel <id=path>", "add or override a channel snapshot, repeatable").argParser(collect),
    new Option("--base-catalog <path>", "the basic catalog (基本目录)"),
  ];
}

export interface CommonOptions {
  config?: string;
  format?: string[];
  output?: string;
  lang?: string;
  quiet?: boolean;
  maxWarnings?: string;
  progress: boolean;
  channel?: string[];
  baseCatalog?: string;
}

/** `--channel pc=snapshots/pc` → { pc: "snapshots/pc" }. */
export function parseChannelOptions(values: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const value of values) {
    const match = /^([a-z][a-z0-9-]*)=(.+)$/.exec(value);
    if (!match) throw new UsageError("badChannelOption", { value });
    out[match[1]] = match[2];
  }
  return out;
}

export function resolveLang(explicit: string | undefined, env: NodeJS.ProcessEnv): Lang {
  const lang = detectLang(env, explicit);
  if (!lang) throw new UsageError("badLang", { value: explicit ?? "" });
  return lang;
}

export function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError("badMaxWarnings", { value });
  return Number(value);
}
