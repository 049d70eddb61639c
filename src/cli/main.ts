import { readFileSync } from "node:fs";
import path from "node:path";
import { Command, CommanderError } from "commander";
import { PACKAGE_ROOT } from "../api.js";
import { UsageError } from "../errors.js";
import type { Lang } from "../i18n/localized.js";
import { detectLang } from "../i18n/locale.js";
import { MESSAGES } from "../i18n/messages.js";
import { renderText } from "../i18n/render.js";
import type { CliIo } from "./io.js";
import { lintCommand } from "./lint-command.js";
import { metricsCommand } from "./metrics-command.js";
import { sourcesCommand } from "./sources-command.js";
import { rulesCommand } from "./rules-command.js";
import { fixCommand } from "./fix-command.js";
import { initCommand } from "./init-command.js";
import { reportCommand } from "./report-command.js";

export function packageVersion(): string {
  return (JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string }).version;
}

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
  // `guidelint … | head` closes the pipe early: that is the reader's choice, not a failure.
  full.stdout.on?.("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(exitCode);
    throw error;
  });
  const output = { writeOut: (s: string) => full.stdout.write(s), writeErr: (s: string) => full.stderr.write(s) };
  const program = new Command("guidelint")
    .description("Lint Chinese government service-guide catalogs (办事指南)")
    .version(full.version)
    .exitOverride()
    .configureOutput(output);
  program.addCommand(lintCommand(full, (code) => (exitCode = code)), { isDefault: true });
  program.addCommand(metricsCommand(full, (code) => (exitCode = code)));
  program.addCommand(sourcesCommand(full, (code) => (exitCode = code)));
  program.addCommand(rulesCommand(full));
  program.addCommand(fixCommand(full, (code) => (exitCode = code)));
  program.addCommand(initCommand(full, (code) => (exitCode = code)));
  program.addCommand(reportCommand(full, (code) => (exitCode = code)));
  // addCommand does not pass the output on: without it a subcommand's usage errors go to process.stderr.
  for (const command of program.commands) command.exitOverride().configureOutput(output);

  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    return handleError(error, full, langFromArgv(argv, full.env));
  }
}

function handleError(error: unknown, io: CliIo, lang: Lang): number {
  if (error instanceof CommanderError) {
    // --help and --version end through here too, successfully.
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof UsageError) {
    for (const problem of [{ messageId: error.messageId, data: error.data }, ...error.more]) {
      io.stderr.write(`guidelint: ${renderText(MESSAGES[problem.messageId], problem.data, lang)}\n`);
    }
    return 2;
  }
  io.stderr.write(`${renderText(MESSAGES.internalError, { detail: (error as Error)?.stack ?? String(error) }, lang)}\n`);
  return 2;
}

/** The language for errors raised before the command's own option parsing finished. */
function langFromArgv(argv: string[], env: NodeJS.ProcessEnv): Lang {
  const index = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const explicit = index < 0 ? undefined : argv[index].includes("=") ? argv[index].split("=")[1] : argv[index + 1];
  return detectLang(env, explicit) ?? detectLang(env) ?? "en";
}
