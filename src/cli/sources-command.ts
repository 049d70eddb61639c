import { Command } from "commander";
import { lint } from "../api.js";
import type { RuleOverrides } from "../config/rule-settings.js";
import { UsageError } from "../errors.js";
import { PLAIN } from "../formatters/types.js";
import { sourcesJson, sourcesText } from "../formatters/sources.js";
import { rules } from "../rules/registry.js";
import { type CommonOptions, commonOptions, parseChannelOptions, resolveLang } from "./common.js";
import type { CliIo } from "./io.js";
import { writeOutputFile } from "./output.js";
import { terminalStyle } from "./style.js";

const FORMATS = { stylish: sourcesText, json: sourcesJson };

/** `guidelint sources`: only the same-source rules, shown field by field with diffs. */
export function sourcesCommand(io: CliIo, setExitCode: (code: number) => void): Command {
  const command = new Command("sources")
    .description("compare what each channel publishes with the master records, field by field")
    .argument("[paths...]", "files, folders or globs of master records (default: the config's catalog)");
  for (const option of commonOptions()) command.addOption(option);
  command.action(async (paths: string[], options: CommonOptions) => {
    const lang = resolveLang(options.lang, io.env);
    const format = (options.format ?? ["stylish"])[0].split("=")[0];
    if (!(format in FORMATS)) throw new UsageError("badFormat", { value: format, available: Object.keys(FORMATS).join(", ") });
    // Every per-file rule off: parsing for the comparison is all this command needs.
    const onlySameSource: RuleOverrides = Object.fromEntries(
      rules.filter((r) => r.scope !== "channel").map((r) => [r.id, { level: "off" as const }]),
    );
    const run = await lint({
      cwd: io.cwd,
      paths,
      configFile: options.config,
      rules: onlySameSource,
      channels: parseChannelOptions(options.channel ?? []),
      only: (rule) => rule.scope === "channel",
    });
    const file = options.output ?? (options.format ?? [])[0]?.split("=")[1];
    const style = file ? PLAIN : terminalStyle(io.stdout);
    const text = FORMATS[format as keyof typeof FORMATS](run, { lang, style, version: io.version });
    if (file) writeOutputFile(io.cwd, file, text);
    else io.stdout.write(text);
    setExitCode(run.toolErrors.length > 0 ? 2 : run.summary.errors > 0 ? 1 : 0);
  });
  return command;
}
