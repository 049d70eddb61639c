import { describe, expect, it } from "vitest";
import { colorLevel } from "../../src/cli/style.js";

const tty = { isTTY: true } as NodeJS.WriteStream;
const pipe = { isTTY: false } as NodeJS.WriteStream;

// The run's env decides (the CLI runs in-process for the editor and tests), never process.env.
describe("colour depth", () => {
  it.each([
    ["a terminal", tty, {}, 1],
    ["a pipe", pipe, {}, 0],
    ["NO_COLOR on a terminal", tty, { NO_COLOR: "1" }, 0],
    ["an empty NO_COLOR counts as unset", tty, { NO_COLOR: "" }, 1],
    ["FORCE_COLOR into a pipe", pipe, { FORCE_COLOR: "1" }, 1],
    ["FORCE_COLOR=3", pipe, { FORCE_COLOR: "3" }, 3],
    ["FORCE_COLOR=0 on a terminal", tty, { FORCE_COLOR: "0" }, 0],
    ["NO_COLOR wins over FORCE_COLOR", tty, { NO_COLOR: "1", FORCE_COLOR: "1" }, 0],
    ["a dumb terminal", tty, { TERM: "dumb" }, 0],
    ["a 256-colour terminal", tty, { TERM: "xterm-256color" }, 2],
    ["a true-colour terminal", tty, { COLORTERM: "truecolor" }, 3],
  ] as const)("%s", (_name, stream, env, level) => {
    expect(colorLevel(stream, env)).toBe(level);
  });
});
