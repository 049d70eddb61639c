// `guidelint sources`: only the same-source rules, shown field by field with diffs.
import { lint } from "../api.js";
import { sourcesJson, sourcesText } from "../formatters/sources.js";
import { type CommonOptions, parseChannelOptions } from "./common.js";
import { exportMappingOption } from "./export-mapping-option.js";
import { parseOutputSpecs } from "./output-spec.js";
import type { CommandRun } from "./runner.js";

const FORMATS = { stylish: sourcesText, json: sourcesJson };

export async function run(cmd: CommandRun, [paths]: unknown[], options: CommonOptions): Promise<number> {
  const { io, lang } = cmd;
  const targets = parseOutputSpecs(options.format ?? [], options.output, FORMATS, { defaultFormat: "stylish" });
  const run = await cmd.withProgress("guidelint sources", () =>
    lint({
      cwd: io.cwd,
      paths: paths as string[],
      configFile: options.config,
      channels: parseChannelOptions(options.channel ?? []),
      concurrency: "auto",
      exportMapping: exportMappingOption(io.cwd, options),
      // The channel rules only: parsing for the comparison is all the other files need.
      only: (rule) => rule.scope === "channel",
    }),
  );
  cmd.reportRun(run);
  cmd.writeOutputs(targets, (target, style) => FORMATS[target.format](run, { lang, style, version: io.version }));
  return run.toolErrors.length > 0 ? 2 : run.summary.errors > 0 ? 1 : 0;
}
