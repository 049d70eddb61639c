// Hostile input from the file system, configs, profiles and command-line arguments: each case is
// what a user or an attacker can hand guidelint, and what guidelint must answer — exit 2 with a
// message naming the file (and line) and the fix, or a finding with its rule and line, or a clean
// run. Every case runs in-process (runCli) and is bounded by what it is: no case here can hang
// (the FIFO and terminal cases, which could, are in files-blocking.test.ts, in child processes).
import { mkdirSync, symlinkSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { itemText, runCli, tempDir } from "../support/cli.js";

interface Case {
  name: string;
  /** Files of the temporary folder the run works in. */
  files?: Record<string, string>;
  /** Done to the folder before the run (symlinks). */
  setup?: (dir: string) => void;
  args: string[];
  status: 0 | 1 | 2;
  /** Each must match stderr. */
  stderr?: RegExp[];
  /** Each must match stdout. */
  stdout?: RegExp[];
  /** None may match stderr (a raw Node error, a stack). */
  notStderr?: RegExp[];
}

const ITEM = itemText();
const CONFIG = 'catalog: ["catalog/**/*.yaml"]\n';
const RAW = [/\bat .*\(.*:\d+:\d+\)/, /Error: E[A-Z]+:/, /Internal error/i];

/** A config whose line `line` breaks YAML; the lines before it are valid. */
function configBrokenAt(line: number, broken: string): string {
  const before = ['catalog: ["catalog/**/*.yaml"]', ...Array.from({ length: line - 2 }, (_, i) => `# filler ${i}`)];
  return `${[...before, broken].join("\n")}\n`;
}

/** A billion-laughs bomb: `depth` levels each aliasing the one before `width` times. */
function aliasBomb(depth: number, width: number, indent = ""): string {
  let text = `${indent}l0: &l0 [x, x, x, x, x, x, x, x, x]\n`;
  for (let i = 1; i <= depth; i++)
    text += `${indent}l${i}: &l${i} [${Array(width)
      .fill(`*l${i - 1}`)
      .join(", ")}]\n`;
  return text;
}

const cases: Case[] = [];

// --- Config syntax errors: the line the mistake is on (was always line 1) -----------------------
const BROKEN_LINES: Array<[string, string]> = [
  ["an unclosed flow sequence", "ignore: [a, b"],
  ["a tab for indentation", "rules:\n\t code-format: error"],
  ["a duplicated key", "catalog: [x]"],
  ["a stray colon mapping", "ignore: a: b"],
  ["an unclosed flow mapping", "codeFormat: {pattern: x"],
];
for (const [what, broken] of BROKEN_LINES) {
  for (const line of [2, 5, 12]) {
    cases.push({
      name: `config with ${what} on line ${line}: exit 2 at that line`,
      files: { "guidelint.config.yaml": configBrokenAt(line, broken), "catalog/a.yaml": ITEM },
      args: ["lint"],
      status: 2,
      stderr: [/guidelint\.config\.yaml/, new RegExp(`line (${line}|${line + 1}),`)],
      notStderr: [/line 1,/, ...RAW],
    });
  }
}

// --- Aliases in the config: legitimate ones pass, bombs are exit 2 naming the line -----------------
for (const count of [101, 200, 1000]) {
  const aliases = Array.from({ length: count }, () => "  - *skip").join("\n");
  cases.push({
    name: `config aliasing one ignore glob ${count} times: a normal run`,
    files: { "guidelint.config.yaml": `${CONFIG}x-glob: &skip "drafts/**"\nignore:\n${aliases}\n`, "catalog/a.yaml": ITEM },
    args: ["lint"],
    // x-glob is no config key: the alias count is not what stops the run.
    status: 2,
    stderr: [/x-glob/],
    notStderr: [/alias/i, ...RAW],
  });
}
cases.push({
  name: "config aliasing 9^4 (6561 expansions, under the limit): no alias error",
  files: { "guidelint.config.yaml": `${CONFIG}x-bomb:\n${aliasBomb(4, 9, "  ")}`, "catalog/a.yaml": ITEM },
  args: ["lint"],
  status: 2,
  stderr: [/guidelint\.config\.yaml:3: unknown key "x-bomb"/],
  notStderr: [/alias/i, ...RAW],
});
for (const [depth, width] of [
  [5, 9],
  [6, 9],
  [9, 9],
  [3, 30],
  [12, 4],
]) {
  cases.push({
    name: `config alias bomb ${width}^${depth}: exit 2 naming the file and line`,
    files: { "guidelint.config.yaml": `${CONFIG}x-bomb:\n${aliasBomb(depth, width, "  ")}`, "catalog/a.yaml": ITEM },
    args: ["lint"],
    status: 2,
    stderr: [/guidelint\.config\.yaml is not valid YAML \(line 4, column \d+\): more than 10000 alias expansions/],
    notStderr: RAW,
  });
}

// --- Profiles: syntax lines and alias bombs, as in the config ------------------------------------
const PROFILE = "document: Test\ntargets:\n  meanCompression: { min: 0.5 }\n";
for (const line of [1, 3, 4, 8]) {
  const lines = PROFILE.trimEnd().split("\n");
  while (lines.length < line - 1) lines.push("# filler");
  lines.splice(line - 1, 0, "name: [unclosed");
  cases.push({
    name: `profile with a syntax error on line ${line}: exit 2 at that line`,
    files: { "guidelint.config.yaml": `${CONFIG}profile: ./p.yaml\n`, "p.yaml": `${lines.join("\n")}\n`, "catalog/a.yaml": ITEM },
    args: ["lint"],
    status: 2,
    stderr: [/p\.yaml/, new RegExp(`line (${line}|${line + 1}),`)],
    notStderr: RAW,
  });
}
for (const depth of [5, 8]) {
  cases.push({
    name: `profile alias bomb 9^${depth}: exit 2 naming the profile`,
    files: { "guidelint.config.yaml": `${CONFIG}profile: ./p.yaml\n`, "p.yaml": `${PROFILE}x:\n${aliasBomb(depth, 9, "  ")}`, "catalog/a.yaml": ITEM },
    args: ["lint"],
    status: 2,
    stderr: [/p\.yaml/, /more than 10000 alias expansions/],
    notStderr: RAW,
  });
}
cases.push({
  name: "profile aliasing one target 150 times: no alias error",
  files: {
    "guidelint.config.yaml": `${CONFIG}profile: ./p.yaml\n`,
    "p.yaml": `${PROFILE}x: [${Array(150).fill("*t").join(", ")}]\n`.replace("{ min: 0.5 }", "&t { min: 0.5 }"),
    "catalog/a.yaml": ITEM,
  },
  args: ["lint"],
  status: 2,
  stderr: [/p\.yaml:\d+/],
  notStderr: [/alias/i, ...RAW],
});

// --- Reference lists ---------------------------------------------------------------------------
const listConfig = (file: string) => `${CONFIG}lists:\n  eLicenses: ${file}\n`;
for (const size of [1000, 200_000]) {
  cases.push({
    name: `a ${size}-entry reference list: loaded (no stack overflow)`,
    files: {
      "guidelint.config.yaml": listConfig("l.json"),
      "l.json": JSON.stringify(Array.from({ length: size }, (_, i) => ({ name: `电子证照${i}` }))),
      "catalog/a.yaml": ITEM,
    },
    args: ["lint"],
    status: 0,
    notStderr: [/Maximum call stack/, ...RAW],
  });
}
for (const [what, text, line] of [
  ["an unclosed flow sequence", "- name: a\n- name: b\n- name: [c\n- name: d\n", 4],
  ["bad indentation", "- name: a\n- name: b\n  x: 1\n - name: d\n", 4],
  ["a tab", "- name: a\n-\tname: b\n", 2],
] as const) {
  cases.push({
    name: `a list with ${what}: exit 2 naming the list and line`,
    files: { "guidelint.config.yaml": listConfig("l.yaml"), "l.yaml": text, "catalog/a.yaml": ITEM },
    args: ["lint"],
    status: 2,
    stderr: [new RegExp(`eLicenses list l\\.yaml:(${line}|${line + 1})`)],
    notStderr: RAW,
  });
}
for (const [what, text] of [
  ["a mapping, not a list", "name: a\n"],
  ["a scalar", "just text\n"],
] as const) {
  cases.push({
    name: `a list that is ${what}: exit 2, it must be a list`,
    files: { "guidelint.config.yaml": listConfig("l.yaml"), "l.yaml": text, "catalog/a.yaml": ITEM },
    args: ["lint"],
    status: 2,
    stderr: [/eLicenses list l\.yaml/, /YAML list/],
  });
}
for (const entry of ["- 42", "- name: ''", "- name: a\n  aliases: [1]", "- ~"]) {
  cases.push({
    name: `a list entry ${JSON.stringify(entry)}: exit 2 naming the entry`,
    files: { "guidelint.config.yaml": listConfig("l.yaml"), "l.yaml": `- name: ok\n${entry}\n`, "catalog/a.yaml": ITEM },
    args: ["lint"],
    status: 2,
    stderr: [/l\.yaml/],
    notStderr: RAW,
  });
}
for (const missing of ["nope.yaml", "dir/"]) {
  cases.push({
    name: `a list ${missing} that is missing or a folder: exit 2 naming it`,
    files: { "guidelint.config.yaml": listConfig(missing), "dir/x.txt": "", "catalog/a.yaml": ITEM },
    args: ["lint"],
    status: 2,
    stderr: [/eLicenses list/],
    notStderr: RAW,
  });
}

// --- Output files: a folder, a full disk, a path through a file --------------------------------
const OUTPUT_FAILURES: Array<[string, string[], RegExp]> = [
  ["-o a folder", ["-o", "out"], /output file out: it is a folder \(EISDIR\)/],
  ["--format sarif=a folder", ["--format", "sarif=out"], /output file out: it is a folder/],
  ["--format json=a folder", ["--format", "json=out"], /output file out: it is a folder/],
  ["--format stylish --format junit=a folder", ["--format", "stylish", "--format", "junit=out"], /output file out: it is a folder/],
  ["-o /dev/full", ["-o", "/dev/full"], /output file \/dev\/full: the disk is full \(ENOSPC\)/],
  ["--format sarif=/dev/full", ["--format", "sarif=/dev/full"], /\/dev\/full: the disk is full/],
  ["-o under a file", ["-o", "catalog/a.yaml/x.txt"], /output file catalog\/a\.yaml\/x\.txt: a part of its path is a file/],
  ["-o deep under a file", ["-o", "catalog/a.yaml/x/y.json"], /output file catalog\/a\.yaml\/x\/y\.json/],
];
for (const [what, args, message] of OUTPUT_FAILURES) {
  cases.push({
    name: `lint ${what}: exit 2 naming the file and why`,
    files: { "guidelint.config.yaml": CONFIG, "catalog/a.yaml": ITEM, "out/keep": "" },
    args: ["lint", ...args],
    status: 2,
    stderr: [message],
    notStderr: RAW,
  });
}
for (const [what, args, message] of [
  ["-o a folder", ["-o", "out"], /output file out: it is a folder/],
  ["-o /dev/full", ["-o", "/dev/full"], /\/dev\/full: the disk is full/],
] as const) {
  cases.push({
    name: `metrics ${what}: exit 2 naming the file`,
    files: { "guidelint.config.yaml": CONFIG, "catalog/a.yaml": ITEM, "out/keep": "" },
    args: ["metrics", ...args],
    status: 2,
    stderr: [message],
    notStderr: RAW,
  });
}
cases.push({
  name: "report -o a folder with no extension: exit 2 naming the file",
  files: { "guidelint.config.yaml": CONFIG, "catalog/a.yaml": ITEM, "out/keep": "" },
  args: ["report", "-o", "out"],
  status: 2,
  stderr: [/output file out: it is a folder/],
  notStderr: RAW,
});

// --- report: a file extension that does not match the format -------------------------------------
for (const [args, message] of [
  [["-o", "audit.xlsx"], /audit\.xlsx ends in \.xlsx, but the report format is html/],
  [["-o", "audit.odt"], /audit\.odt ends in \.odt/],
  [["--format", "html", "-o", "audit.pdf"], /audit\.pdf ends in \.pdf, but the report format is html/],
  [["--format", "pdf=audit.docx"], /audit\.docx ends in \.docx, but the report format is pdf/],
  [["--format", "csv", "-o", "audit.html"], /audit\.html ends in \.html, but the report format is csv/],
  [["--format", "html=audit.md"], /audit\.md ends in \.md, but the report format is html/],
  [["--format", "markdown=audit.csv"], /audit\.csv ends in \.csv, but the report format is markdown/],
] as const) {
  cases.push({
    name: `report ${args.join(" ")}: exit 2, the extension does not match`,
    files: { "guidelint.config.yaml": CONFIG, "catalog/a.yaml": ITEM },
    args: ["report", ...args],
    status: 2,
    stderr: [message, /--format/],
  });
}
for (const args of [
  ["-o", "audit.html"],
  ["-o", "audit.md"],
  ["-o", "audit.csv"],
  ["--format", "csv", "-o", "audit.txt"],
  ["-o", "audit"],
]) {
  cases.push({
    name: `report ${args.join(" ")}: written`,
    files: { "guidelint.config.yaml": CONFIG, "catalog/a.yaml": ITEM },
    args: ["report", ...args],
    status: 0,
    notStderr: RAW,
  });
}

// --- Paths and globs on the command line -------------------------------------------------------
for (const length of [5000, 100_000, 1_000_000]) {
  cases.push({
    name: `a ${length}-character path argument: exit 2 saying it is too long`,
    files: { "guidelint.config.yaml": CONFIG, "catalog/a.yaml": ITEM },
    args: ["lint", "a".repeat(length)],
    status: 2,
    stderr: [new RegExp(`is ${length} characters long, more than the 4096`)],
    notStderr: [/Input length exceeds/, ...RAW],
  });
}
cases.push({
  name: "a 4000-character path that does not exist: no files matched",
  files: { "guidelint.config.yaml": CONFIG, "catalog/a.yaml": ITEM },
  args: ["lint", "a".repeat(4000)],
  status: 2,
  stderr: [/No files matched/],
  notStderr: RAW,
});
for (const groups of [13, 16, 24, 40]) {
  cases.push({
    name: `a glob with {a,b} ${groups} times: exit 2, too many alternatives`,
    files: { "guidelint.config.yaml": CONFIG, "catalog/a.yaml": ITEM },
    args: ["lint", `catalog/${"{a,b}".repeat(groups)}.yaml`],
    status: 2,
    stderr: [new RegExp(`expands to ${2 ** groups} alternatives by its braces, more than 4096`)],
    notStderr: RAW,
  });
}
for (const [glob, count] of [
  ["catalog/{1..100000}.yaml", 100_000],
  ["catalog/{a,b,c,d,e,f,g,h}{a,b,c,d,e,f,g,h}{a,b,c,d,e,f,g,h}{a,b,c,d,e,f,g,h}.yaml", 4096 * 1],
  ["catalog/{{a,b},{c,d}}{1..5000}.yaml", 20_000],
] as const) {
  const refused = count > 4096;
  cases.push({
    name: `the glob ${glob.slice(0, 40)}: ${refused ? "exit 2, too many alternatives" : "allowed (matches nothing)"}`,
    files: { "guidelint.config.yaml": CONFIG, "catalog/a.yaml": ITEM },
    args: ["lint", glob],
    status: 2,
    stderr: [refused ? new RegExp(`expands to ${count} alternatives`) : /No files matched/],
    notStderr: RAW,
  });
}
for (const groups of [2, 6, 12]) {
  cases.push({
    name: `a glob with {a,b} ${groups} times (at most 4096): allowed`,
    files: { "guidelint.config.yaml": CONFIG, "catalog/a.yaml": ITEM },
    args: ["lint", `catalog/${"{a,b}".repeat(groups - 1)}{a,x}.yaml`],
    status: groups === 2 ? 2 : 2,
    stderr: [/No files matched/],
    notStderr: RAW,
  });
}
cases.push({
  name: "a brace bomb in the config's catalog: exit 2 before globbing",
  files: { "guidelint.config.yaml": `catalog: ["catalog/${"{a,b}".repeat(24)}.yaml"]\n`, "catalog/a.yaml": ITEM },
  args: ["lint"],
  status: 2,
  stderr: [/expands to 16777216 alternatives/],
});
cases.push({
  name: "a brace bomb in the config's ignore: exit 2",
  files: { "guidelint.config.yaml": `${CONFIG}ignore: ["${"{a,b}".repeat(20)}"]\n`, "catalog/a.yaml": ITEM },
  args: ["lint"],
  status: 2,
  stderr: [/expands to 1048576 alternatives/],
});
for (const groups of [13, 24]) {
  cases.push({
    // fast-glob expands escaped braces all the same: 24 of them exhausted the heap.
    name: `a glob with escaped braces \\{a,b\\} ${groups} times: counted, exit 2`,
    files: { "guidelint.config.yaml": CONFIG, "catalog/a.yaml": ITEM },
    args: ["lint", `catalog/${"\\{a,b\\}".repeat(groups)}.yaml`],
    status: 2,
    stderr: [new RegExp(`expands to ${2 ** groups} alternatives`)],
  });
}

// --- The config's catalog globs: nothing matched is exit 2 naming the glob ----------------------------
for (const catalog of ['["catalgo/**/*.yaml"]', '"catalgo/**/*.yaml"', '["catalog/**/*.yaml", "extra/**/*.yaml"]', '["catalog/**/*.yml"]']) {
  const glob = catalog.includes("extra") ? "extra/**/*.yaml" : JSON.parse(catalog.startsWith("[") ? catalog : `[${catalog}]`)[0];
  cases.push({
    name: `config catalog ${catalog} matching nothing: exit 2 naming the glob`,
    files: { "guidelint.config.yaml": `catalog: ${catalog}\n`, "catalog/a.yaml": ITEM },
    args: ["lint"],
    status: 2,
    stderr: [new RegExp(`catalog glob ${glob.replace(/[*.]/g, "\\$&")} \\(guidelint\\.config\\.yaml\\) matches no files`)],
  });
}
for (const command of ["metrics", "report", "sources"]) {
  cases.push({
    name: `${command} with a catalog glob matching nothing: exit 2`,
    files: { "guidelint.config.yaml": 'catalog: ["catalgo/**/*.yaml"]\n', "catalog/a.yaml": ITEM },
    args: [command],
    status: 2,
    stderr: [/catalog glob catalgo\/\*\*\/\*\.yaml/],
  });
}
cases.push({
  name: "config catalog with a negated glob: the positive one is checked",
  files: { "guidelint.config.yaml": 'catalog: ["catalog/**/*.yaml", "!catalog/drafts/**"]\n', "catalog/a.yaml": ITEM, "catalog/drafts/b.yaml": "code: [" },
  args: ["lint"],
  status: 0,
  stdout: [/No problems in 1 file/],
});

// --- ignore: anchored at the config's folder, applied to named files ---------------------------
cases.push({
  name: "a catalog inside node_modules (an installed copy): its files are checked",
  files: { "node_modules/pkg/guidelint.config.yaml": CONFIG, "node_modules/pkg/catalog/a.yaml": ITEM },
  args: ["lint", "-c", "node_modules/pkg/guidelint.config.yaml"],
  status: 0,
  stdout: [/No problems in 1 file/],
});
cases.push({
  name: "node_modules below the catalog's base: still ignored",
  files: { "guidelint.config.yaml": 'catalog: ["**/*.yaml"]\nignore: ["guidelint.config.yaml"]\n', "catalog/a.yaml": ITEM, "node_modules/x/b.yaml": "code: [" },
  args: ["lint"],
  status: 0,
  stdout: [/No problems in 1 file/],
});
for (const [ignore, named] of [
  ["snapshots/**", "snapshots/pc.yaml"],
  ["reference/*.yaml", "reference/laws.yaml"],
  ["catalog/drafts/**", "catalog/drafts/d.yaml"],
] as const) {
  cases.push({
    name: `a named file under ignore ${ignore}: skipped with a note`,
    files: { "guidelint.config.yaml": `${CONFIG}ignore: ["${ignore}"]\n`, "catalog/a.yaml": ITEM, [named]: "- not: an item\n" },
    args: ["lint", named, "catalog/a.yaml"],
    status: 0,
    stderr: [new RegExp(`File ignored because of the config's \`ignore\` \\(${named.replace(/[.]/g, "\\.")}\\)`)],
    stdout: [/No problems in 1 file/],
  });
}
cases.push({
  name: "a named file no ignore matches: checked, no note",
  files: { "guidelint.config.yaml": `${CONFIG}ignore: ["snapshots/**"]\n`, "catalog/a.yaml": ITEM },
  args: ["lint", "catalog/a.yaml"],
  status: 0,
  notStderr: [/File ignored/],
});

// --- Symlinks: a loop is one file, not a duplicate of itself -------------------------------------
for (const [what, setup] of [
  ["a link to its own folder", (dir: string) => symlinkSync(".", path.join(dir, "catalog/loop"))],
  ["a link to the parent", (dir: string) => symlinkSync("..", path.join(dir, "catalog/up"))],
  ["a link to the file", (dir: string) => symlinkSync("a.yaml", path.join(dir, "catalog/b.yaml"))],
] as const) {
  cases.push({
    name: `a catalog with ${what}: the item is read once`,
    files: { "catalog/a.yaml": ITEM },
    setup,
    args: ["lint", "catalog"],
    status: 0,
    stdout: [/No problems in 1 file/],
    notStderr: RAW,
  });
}

// --- --max-warnings with --quiet: say why the run failed ---------------------------------------
const WARN_CONFIG = `${CONFIG}rules:\n  code-format: [warn, { pattern: "X" }]\n`;
for (const [args, status, message] of [
  [["--quiet", "--max-warnings", "0"], 1, /1 warnings exceed --max-warnings 0/],
  [["--quiet", "--max-warnings", "1"], 0, undefined],
  [["--max-warnings", "0", "--format", "json"], 1, /1 warnings exceed --max-warnings 0/],
  [["--max-warnings", "0", "--format", "sarif"], 1, /1 warnings exceed --max-warnings 0/],
] as const) {
  cases.push({
    name: `lint ${args.join(" ")} with one warning: exit ${status}${message ? ", saying why" : ""}`,
    files: { "guidelint.config.yaml": WARN_CONFIG, "catalog/a.yaml": ITEM },
    args: ["lint", ...args],
    status,
    ...(message ? { stderr: [message] } : { notStderr: [/exceed/] }),
  });
}

// --- code-format patterns from the config ------------------------------------------------------
const UNSAFE = ["(a+)+$", "(a*)*", "([A-Z]|[0-9])+", "(\\d+)*X", "((ab)+)+", "(a|a)*", "(x+x+)+y", "(\\w{2,})+", "(?:a+)+"];
for (const pattern of UNSAFE) {
  for (const where of ["codeFormat", "rules"] as const) {
    const config =
      where === "codeFormat" ? `${CONFIG}codeFormat:\n  pattern: '${pattern}'\n` : `${CONFIG}rules:\n  code-format: [error, { pattern: '${pattern}' }]\n`;
    cases.push({
      name: `pattern ${pattern} in ${where}: exit 2 before it can run`,
      files: { "guidelint.config.yaml": config, "catalog/a.yaml": itemText({ '"11510921MB1538709A4000117600000"': `"${"a".repeat(35)}!"` }) },
      args: ["lint"],
      status: 2,
      stderr: [/guidelint\.config\.yaml:\d+/, /repeats a group/, /character class/],
    });
  }
}
const SAFE: Array<[string, 0 | 1]> = [
  ["\\p{Lu}?[0-9A-Z]{31}", 0],
  ["[0-9A-Z]{31}", 0],
  ["(11|12)[0-9A-Z]+", 0],
  ["\\d{8}[A-Z0-9]+", 0],
  ["(\\d{3})+[A-Z0-9]*", 0],
  ["\\p{Ll}+", 1],
  ["X[0-9]+", 1],
];
for (const [pattern, status] of SAFE) {
  cases.push({
    name: `local codes with pattern ${pattern}: ${status === 0 ? "no finding" : "a code-format finding at line 3"}`,
    files: { "guidelint.config.yaml": `${CONFIG}codeFormat:\n  pattern: '${pattern}'\n`, "catalog/a.yaml": ITEM },
    args: ["lint"],
    status,
    ...(status === 1 ? { stdout: [/3:7\s+error .*does not match the code format .*code-format/] } : { stdout: [/No problems/] }),
  });
}
for (const length of [34, 100, 10_000]) {
  cases.push({
    name: `a ${length}-character code under a configured pattern: a finding, not a run of the pattern`,
    files: {
      "guidelint.config.yaml": `${CONFIG}codeFormat:\n  pattern: '[a]+!?'\n`,
      "catalog/a.yaml": itemText({ '"11510921MB1538709A4000117600000"': `"${"a".repeat(length)}"` }),
    },
    args: ["lint"],
    status: 1,
    stdout: [/3:7\s+error .*code-format/],
  });
}

describe("hostile files, configs, profiles and arguments", () => {
  it("has at least 100 cases, each named once", () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const dir = tempDir(c.files ?? {});
    mkdirSync(path.join(dir, "catalog"), { recursive: true });
    c.setup?.(dir);
    const run = await runCli(c.args, { cwd: dir });
    const shown = `status ${run.status}\n--- stdout\n${run.stdout.slice(0, 2000)}\n--- stderr\n${run.stderr.slice(0, 2000)}`;
    expect(run.status, shown).toBe(c.status);
    for (const pattern of c.stderr ?? []) expect(run.stderr, shown).toMatch(pattern);
    for (const pattern of c.stdout ?? []) expect(run.stdout, shown).toMatch(pattern);
    for (const pattern of c.notStderr ?? []) expect(run.stderr, shown).not.toMatch(pattern);
  });
});
