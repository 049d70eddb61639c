// `--help` in the user's language: under a Chinese locale every description commander prints —
// the program's, each command's, argument's and option's, and commander's own lines and headings —
// is Chinese; under English nothing changes. An item added without its Chinese text falls back to
// English at run time, and fails here by name.
import type { Argument, Command, Option } from "commander";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../dist/cli/command-table.js";
import { zhText } from "../../dist/i18n/help-text.js";
import { runCli } from "../support/cli.js";

const ZH = { LANG: "zh_CN.UTF-8" };
const commands = COMMANDS.map((entry) => entry.define());

/** What commander prints for an item: visible options and every argument. */
function helpItems(command: Command): { label: string; item: Command | Option | Argument }[] {
  return [
    { label: command.name(), item: command },
    ...command.registeredArguments.map((a) => ({ label: `${command.name()} <${a.name()}>`, item: a })),
    ...command.options.filter((o) => !o.hidden).map((o) => ({ label: `${command.name()} ${o.flags}`, item: o })),
  ];
}

function english(item: Command | Option | Argument): string {
  return "description" in item && typeof item.description === "string" ? item.description : (item as Command).description();
}

/** Terminal columns: a Chinese character or full-width sign takes two. */
const columns = (line: string) =>
  [...line].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1), 0);

// commander wraps long lines at spaces; a text is on the page when it is there with the wrapping undone.
const squeeze = (text: string) => text.replace(/\s+/g, "");

it('every command, argument and option has a Chinese help text (src/cli/command-table.ts: zh(…, "中文"))', () => {
  const missing = commands.flatMap(helpItems).filter(({ item }) => !zhText(item)?.trim());
  expect(
    missing.map((m) => m.label),
    `no Chinese help text for:\n${missing.map((m) => `  ${m.label}: "${english(m.item)}"`).join("\n")}`,
  ).toEqual([]);
});

it("no Chinese help text is the English one copied (option values such as text | json excepted)", () => {
  const copied = commands.flatMap(helpItems).filter(({ item }) => zhText(item) === english(item) && /[a-z]{3,} [a-z]{3,}/i.test(english(item)));
  expect(copied.map((m) => m.label)).toEqual([]);
});

describe.each(commands.map((c) => [c.name(), c] as const))("guidelint %s --help", (name, command) => {
  const items = helpItems(command);

  it("is Chinese under LANG=zh_CN.UTF-8: every description, commander's headings and its own lines", async () => {
    const run = await runCli([name, "--help"], { env: ZH });
    expect(run.status).toBe(0);
    const page = squeeze(run.stdout);
    for (const { label, item } of items) {
      expect(page, `${label}: its Chinese text is not shown`).toContain(squeeze(zhText(item) ?? `(no Chinese text for ${label})`));
      if (zhText(item) !== english(item)) expect(page, `${label}: its English text is still shown`).not.toContain(squeeze(english(item)));
    }
    expect(run.stdout).toMatch(/^用法：guidelint /);
    expect(run.stdout).toContain("\n选项：\n");
    expect(run.stdout).toContain("显示命令帮助");
    expect(run.stdout).not.toMatch(/Usage:|Options:|Arguments:|display help|\(default: /);
    // Chinese has no spaces to break at: the lines still fit the 80 columns commander wraps to.
    const tooWide = run.stdout.split("\n").filter((line) => columns(line) > 80);
    expect(tooWide).toEqual([]);
  });

  it("stays English under LANG=en_US.UTF-8", async () => {
    const run = await runCli([name, "--help"]);
    expect(run.status).toBe(0);
    const page = squeeze(run.stdout);
    for (const { label, item } of items) expect(page, `${label}: its English text is not shown`).toContain(squeeze(english(item)));
    expect(run.stdout).toMatch(/^Usage: guidelint /);
    expect(run.stdout).toContain("display help for command");
    expect(run.stdout).not.toMatch(/用法|选项：/);
  });
});

describe("guidelint --help", () => {
  it("lists every command with its Chinese description under a Chinese locale, and commander's lines in Chinese", async () => {
    const run = await runCli(["--help"], { env: ZH });
    expect(run.status).toBe(0);
    const page = squeeze(run.stdout);
    for (const command of commands) {
      expect(page).toContain(squeeze(zhText(command) ?? command.name()));
      expect(page).not.toContain(squeeze(command.description()));
    }
    expect(run.stdout).toContain("检查办事指南目录");
    expect(run.stdout).toContain("显示版本号");
    expect(run.stdout).toContain("显示某个命令的帮助");
    expect(run.stdout).toContain("\n命令：\n");
    expect(run.stdout).not.toMatch(/Usage:|Commands:|output the version|display help/);
  });

  it("--lang zh-CN wins over an English LANG, and --lang en over a Chinese one", async () => {
    expect((await runCli(["metrics", "--help", "--lang", "zh-CN"])).stdout).toContain("政策目标档案");
    expect((await runCli(["metrics", "--lang", "en", "--help"], { env: ZH })).stdout).toContain("policy profile");
  });

  it("stays English under an English locale", async () => {
    const run = await runCli(["--help"]);
    expect(run.stdout).toContain("Lint Chinese government service-guide catalogs (办事指南)");
    expect(run.stdout).toContain("output the version number");
  });
});
