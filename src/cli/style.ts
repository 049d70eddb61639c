import { Chalk } from "chalk";
import type { TextStyle } from "../formatters/types.js";

/** Terminal colours via chalk; chalk itself honours NO_COLOR / FORCE_COLOR and non-TTY output. */
export function terminalStyle(stream: NodeJS.WriteStream): TextStyle {
  const chalk = new Chalk({ level: stream.isTTY || process.env.FORCE_COLOR ? undefined : 0 });
  return {
    error: (t) => chalk.red(t),
    warning: (t) => chalk.yellow(t),
    dim: (t) => chalk.dim(t),
    bold: (t) => chalk.bold(t),
    underline: (t) => chalk.underline(t),
  };
}
