import { existsSync } from "node:fs";
import path from "node:path";
import { CommanderError } from "commander";
import { UsageError } from "../errors.js";
import type { Lang } from "../i18n/localized.js";
import { localiseHelp, versionDescription, zh } from "../i18n/help-text.js";
import { detectLang } from "../i18n/locale.js";
import { t } from "../i18n/t.js";
import { didYouMean } from "../text/similar.js";
import { COMMANDS, type CommandEntry } from "./command-table.js";
import { GuidelintCommand } from "./commander-errors.js";
import { resolveLang } from "./common.js";
import type { CliIo } from "./io.js";
import { packageVersion } from "./package-info.js";
import { CommandRun, terminalSafeData } from "./runner.js";

export { packageVersion } from "./package-info.js";

/** Run the CLI; resolves to the exit code (0 clean, 1 findings/targets, 2 the run failed). */
export async function main(argv: string[], io: Partial<CliIo> = {}): Promise<number> {
  const full: CliIo = {
    cwd: io.cwd ?? process.cwd(),
    env: io.env ?? process.env,
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    version: io.version ?? packageVersion(),
  };
  let exitCode = 0;
  // `guidelint … | head` closes the pipe early: that is the reader's choice, not a failure. The
  // rest of the output has nowhere to go; the run finishes and exits with its own code (1 when it
  // found errors), as it would have with the whole output read.
  // Write errors arrive after the write, even after main() returned: the listener stays, once per
  // stream (in-process callers, tests and an editor, call main many times on one stream).
  if (!guardedStreams.has(full.stdout)) {
    guardedStreams.add(full.stdout);
    full.stdout.on?.("error", ignoreClosedPipe);
  }
  const output = { writeOut: (s: string) => full.stdout.write(s), writeErr: (s: string) => full.stderr.write(s) };
  // The help comes in the user's language, chosen before commander parses (it prints --help itself).
  const helpLang = langFromArgv(argv, full.env);
  const program = zh(
    new GuidelintCommand("guidelint").description("Lint Chinese government service-guide catalogs (办事指南)"),
    "检查办事指南目录：要素规范、语义规则、同源发布、指标与报告",
  )
    .version(full.version, "-V, --version", versionDescription(helpLang))
    .exitOverride()
    .configureOutput(output);
  for (const entry of COMMANDS) {
    program.addCommand(
      registered(entry, full, (code) => (exitCode = code)),
      { isDefault: entry.isDefault },
    );
  }
  // addCommand does not pass the output on: without it a subcommand's usage errors go to process.stderr.
  for (const command of program.commands) command.exitOverride().configureOutput(output);
  localiseHelp(program, helpLang);

  try {
    checkCommandName(argv.slice(2), [...program.commands.map((c) => c.name()), "help"], full.cwd);
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    return handleError(error, full, helpLang);
  }
}

const guardedStreams = new WeakSet<NodeJS.WritableStream>();

function ignoreClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code !== "EPIPE" && error.code !== "ERR_STREAM_DESTROYED") throw error;
}

/** The command with an action that loads its module only now, when it runs. */
function registered(entry: CommandEntry, io: CliIo, setExitCode: (code: number) => void): GuidelintCommand {
  const command = entry.define();
  command.action(async (...received: unknown[]) => {
    // commander passes the arguments, then the options, then the command itself.
    const args = received.slice(0, -2);
    const options = { ...(received.at(-2) as Record<string, unknown>), ...entry.preset };
    const lang = resolveLang(options.lang as string | undefined, io.env);
    const module = await entry.load();
    setExitCode(await module.run(new CommandRun(io, lang, options.progress !== false), args, options));
  });
  return command;
}

/**
 * `guidelint metrcs`: lint is the default command, so a misspelt command would be read as a path
 * that matches nothing. A first word that is no file, looks like no path and is close to a
 * command's name is a misspelt command.
 */
function checkCommandName(args: readonly string[], names: readonly string[], cwd: string): void {
  const first = args[0];
  if (first === undefined || first.startsWith("-") || names.includes(first) || /[./\\*?{}[\]]/.test(first)) return;
  if (existsSync(path.resolve(cwd, first))) return;
  const commands = names.filter((name) => name !== "help");
  const suggestion = didYouMean(first, names);
  if (suggestion) throw new UsageError("unknownCommand", { value: first, suggestion, available: commands.join(", ") });
}

/** Usage errors and crashes on stderr; what the user typed or the catalog held is shown terminal-safe. */
function handleError(error: unknown, io: CliIo, lang: Lang): number {
  if (error instanceof CommanderError) {
    // --help and --version end through here too, successfully.
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof UsageError) {
    for (const problem of [{ messageId: error.messageId, data: error.data }, ...error.more]) {
      io.stderr.write(`guidelint: ${t(problem.messageId, terminalSafeData(problem.data), lang)}\n`);
    }
    return 2;
  }
  const detail = (error as Error)?.stack ?? String(error);
  io.stderr.write(`${t("internalError", terminalSafeData({ detail }, { keepNewlines: true }), lang)}\n`);
  return 2;
}

/** The language for errors raised before the command's own option parsing finished. */
function langFromArgv(argv: string[], env: NodeJS.ProcessEnv): Lang {
  const index = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const explicit = index < 0 ? undefined : argv[index].includes("=") ? argv[index].split("=")[1] : argv[index + 1];
  return detectLang(env, explicit) ?? detectLang(env) ?? "en";
}
