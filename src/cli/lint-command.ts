import { Command, Option } from "commander";
import ora from "ora";
import { lint } from "../api.js";
import { loadConfig } from "../config/load-config.js";
import type { RuleOverrides } from "../config/rule-settings.js";
import { summarize } from "../engine/lint-files.js";
import type { LintResult } from "../engine/types.js";
import { UsageError } from "../errors.js";
import { formatters } from "../formatters/index.js";
import { PLAIN } from "../formatters/types.js";
import { MESSAGES } from "../i18n/messages.js";
import { renderText } from "../i18n/render.js";
import { withProfile } from "../metrics/resolve-profile.js";
import { findRule, rules } from "../rules/registry.js";
import { closest } from "../text/similar.js";
import { type CommonOptions, commonOptions, parseChannelOptions, parseMaxWarnings, resolveLang } from "./common.js";
import { parseOutputTargets, writeOutputFile } from "./output.js";
import type { CliIo } from "./io.js";
import { terminalStyle } from "./style.js";

interface LintCommandOptions extends CommonOptions {
  rule?: string[];
  profile?: string;
}

export function lintCommand(io: CliIo, setExitCode: (code: number) => void): Command {
  const command = new Command("lint")
    .description("check service guides against the schema and every enabled rule")
    .argument("[paths...]", "files, folders or globs (default: the config's catalog, else ./catalog)")
    .addOption(
      new Option("--rule <id:severity>", "set a rule's severity (off | warning | error), repeatable").argParser(
        (value: string, previous: string[] = []) => [...previous, value],
      ),
    )
    .addOption(new Option("--profile <name|file>", "policy profile whose targets set rule defaults (time-limit-compression's min)"));
  for (const option of commonOptions()) command.addOption(option);
  command.action(async (paths: string[], options: LintCommandOptions) => {
    setExitCode(await runLint(io, paths, options));
  });
  return command;
}

async function runLint(io: CliIo, paths: string[], options: LintCommandOptions): Promise<number> {
  const lang = resolveLang(options.lang, io.env);
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  const ruleOverrides = parseRuleOptions(options.rule ?? []);
  const targets = parseOutputTargets(options.format ?? [], options.output, "stylish");

  const showProgress = options.progress && io.stderr.isTTY === true && !io.env.CI;
  const spinner = showProgress ? ora({ stream: io.stderr, text: "guidelint" }).start() : undefined;
  let run;
  try {
    run = await lint({
      cwd: io.cwd,
      paths,
      configFile: options.config,
      // --profile wins over the config's profile: the rules read their defaults from it.
      config: options.profile ? withProfile(loadConfig({ cwd: io.cwd, configFile: options.config }), options.profile, io.cwd) : undefined,
      rules: ruleOverrides,
      channels: parseChannelOptions(options.channel ?? []),
      baseCatalog: options.baseCatalog,
      onFile: spinner ? (done, total) => (spinner.text = `guidelint ${done}/${total}`) : undefined,
    });
  } finally {
    spinner?.stop();
  }
  if (run.embeddedCatalog) {
    io.stderr.write(`${renderText(MESSAGES.usingEmbeddedCatalog, { dir: run.embeddedCatalog }, lang)}\n`);
  }
  const result = options.quiet ? errorsOnly(run) : run;
  for (const error of run.toolErrors) {
    io.stderr.write(`${renderText(MESSAGES.internalError, { detail: `${error.file ?? ""} ${error.message}` }, lang)}\n`);
  }
  for (const target of targets) {
    const style = target.file ? PLAIN : terminalStyle(io.stdout);
    const text = formatters[target.format](result, { lang, style, version: io.version, maxWarnings });
    if (target.file) writeOutputFile(io.cwd, target.file, text);
    else io.stdout.write(text);
  }
  if (run.toolErrors.length > 0) return 2;
  if (run.summary.errors > 0) return 1;
  if (maxWarnings !== undefined && run.summary.warnings > maxWarnings) return 1;
  return 0;
}

function errorsOnly(result: LintResult): LintResult {
  const results = result.results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === "error") }));
  return { ...result, results, summary: summarize(results) };
}

/** `--rule time-limit-compression:off` → { "time-limit-compression": { level: "off" } }. */
export function parseRuleOptions(values: string[]): RuleOverrides {
  const out: RuleOverrides = {};
  for (const value of values) {
    const match = /^([a-z0-9-]+):(off|warning|warn|error)$/.exec(value.trim());
    const id = match?.[1] ?? value.split(":")[0];
    if (!match || !findRule(id)) {
      const guess = closest(id, rules.map((r) => r.id));
      throw new UsageError("badRuleOption", {
        value,
        suggestion: guess ? { en: ` (did you mean "${guess}"?)`, "zh-CN": `（是否应为“${guess}”？）` } : "",
      });
    }
    out[id] = { level: match[2] === "warn" ? "warning" : (match[2] as "off" | "warning" | "error") };
  }
  return out;
}
