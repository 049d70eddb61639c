// Option values every catalog command reads the same way (the options themselves: command-table.ts).
import { UsageError } from "../errors.js";
import type { Lang } from "../i18n/localized.js";
import { detectLang } from "../i18n/locale.js";

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
  mapping?: string;
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
