import { Chalk } from "chalk";
import type { TextStyle } from "../formatters/types.js";

/**
 * Terminal colours for this stream and environment (the run's, not the process's: the CLI also
 * runs in-process): NO_COLOR and FORCE_COLOR win, else colours only on a terminal.
 */
export function terminalStyle(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): TextStyle {
  const chalk = new Chalk({ level: colorLevel(stream, env) });
  return {
    error: (t) => chalk.red(t),
    warning: (t) => chalk.yellow(t),
    dim: (t) => chalk.dim(t),
    bold: (t) => chalk.bold(t),
    underline: (t) => chalk.underline(t),
  };
}

type ColorLevel = 0 | 1 | 2 | 3;

/** The colour depth, after the conventions of no-color.org and supports-color. */
export function colorLevel(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): ColorLevel {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === "" || force === "true") return 1;
    if (force === "false" || force === "0") return 0;
    const level = Number(force);
    if (level === 1 || level === 2 || level === 3) return level;
    return 1;
  }
  if (!stream.isTTY || env.TERM === "dumb") return 0;
  if (env.COLORTERM === "truecolor" || env.COLORTERM === "24bit") return 3;
  if (/-256(color)?$/i.test(env.TERM ?? "")) return 2;
  return 1;
}
