// `guidelint merge <facts...>`: the last job of a CI matrix. The shards (`lint --shard i/n
// --facts-out file`) checked their files; this runs what needs the whole catalog and prints the
// result one plain run would print.
import { mergeShards } from "../api.js";
import { formatters } from "../formatters/index.js";
import { type CommonOptions, parseChannelOptions } from "./common.js";
import { writeLintRun } from "./lint-output.js";
import { parseOutputSpecs } from "./output-spec.js";
import { parseRuleOptions } from "./rule-options.js";
import type { CommandRun } from "./runner.js";

interface MergeCommandOptions extends CommonOptions {
  rule?: string[];
  profile?: string;
  reportUnusedDisables?: boolean;
  baseline?: string;
}

export async function run(cmd: CommandRun, [factsFiles]: unknown[], options: MergeCommandOptions): Promise<number> {
  const { io } = cmd;
  const targets = parseOutputSpecs(options.format ?? [], options.output, formatters, { defaultFormat: "stylish" });
  const merged = await cmd.withProgress("guidelint merge", () =>
    mergeShards({
      cwd: io.cwd,
      factsFiles: factsFiles as string[],
      configFile: options.config,
      profile: options.profile,
      rules: parseRuleOptions(options.rule ?? []),
      channels: parseChannelOptions(options.channel ?? []),
      baseCatalog: options.baseCatalog,
      reportUnusedDisables: options.reportUnusedDisables,
      version: io.version,
    }),
  );
  return writeLintRun(cmd, merged, targets, options);
}
