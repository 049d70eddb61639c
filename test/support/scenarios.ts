// Golden scenario files (test/scenarios/*.scenario, format in test/scenarios/README.md): one CLI
// run each, with its full stdout, stderr and exit code. Modelled on Spectral's test-harness.

/** What a scenario file holds; the expectations are absent until the update mode writes them. */
export interface Scenario {
  test: string;
  command: string[];
  /** KEY=VALUE lines: the run's environment on top of LANG=en_US.UTF-8 and CI=true. */
  env: Record<string, string>;
  /** `root` (the repository: catalog/, fixtures/, guidelint.config.yaml) or `temp` (a fresh folder with the assets). */
  cwd: "root" | "temp";
  /** Files to create in the temporary folder, by relative path. */
  assets: Record<string, string>;
  status?: number;
  stdout?: string;
  stderr?: string;
}

const HEADER = /^====([a-z]+(?::[^=\n]+)?)====$/gm;
const WRITTEN = ["test", "command", "env", "cwd"];
const EXPECTED = ["status", "stdout", "stderr"];

/**
 * A scenario file's sections, in order. Each is a `====name====` line and the text up to the next
 * one, without the one newline that ends the body in the file: "abc\n" is stored as "abc\n\n" and
 * "abc" as "abc\n", so every text survives the round trip with writeSections.
 */
export function readSections(text: string, name = "scenario"): Map<string, string> {
  const headers = [...text.matchAll(HEADER)];
  if (headers.length === 0 || text.slice(0, headers[0].index).trim() !== "") throw new Error(`${name}: does not start with a ====section====`);
  const sections = new Map<string, string>();
  headers.forEach((header, i) => {
    const key = header[1];
    if (sections.has(key)) throw new Error(`${name}: section ====${key}==== appears twice`);
    if (![...WRITTEN, ...EXPECTED].includes(key) && !key.startsWith("asset:")) throw new Error(`${name}: unknown section ====${key}====`);
    const start = header.index + header[0].length + 1; // past the header's newline
    const end = i + 1 < headers.length ? headers[i + 1].index : text.length;
    const body = start > end ? "" : text.slice(start, end);
    sections.set(key, body.endsWith("\n") ? body.slice(0, -1) : body);
  });
  return sections;
}

/** The file text of these sections (readSections gives them back). */
export function writeSections(sections: Map<string, string>): string {
  let out = "";
  for (const [key, body] of sections) {
    if (new RegExp(HEADER.source, "m").test(body)) throw new Error(`the ${key} section has a line that reads as a ====section====`);
    out += `====${key}====\n${body}\n`;
  }
  return out;
}

/** The sections with the run's outcome as the expectations, after the ones a person wrote. */
export function withOutcome(sections: Map<string, string>, outcome: { status: number; stdout: string; stderr: string }): Map<string, string> {
  const out = new Map([...sections].filter(([key]) => !EXPECTED.includes(key)));
  out.set("status", String(outcome.status));
  out.set("stdout", outcome.stdout);
  out.set("stderr", outcome.stderr);
  return out;
}

export function parseScenario(text: string, name = "scenario"): Scenario {
  const sections = readSections(text, name);
  const required = (key: string) => {
    const value = sections.get(key);
    if (value === undefined) throw new Error(`${name}: no ====${key}==== section`);
    return value;
  };
  const assets = Object.fromEntries([...sections].filter(([key]) => key.startsWith("asset:")).map(([key, value]) => [key.slice("asset:".length), value]));
  const cwd = (sections.get("cwd") ?? "").trim();
  if (cwd !== "" && cwd !== "root" && cwd !== "temp") throw new Error(`${name}: ====cwd==== is root or temp, not "${cwd}"`);
  const status = sections.get("status")?.trim();
  if (status !== undefined && !/^\d+$/.test(status)) throw new Error(`${name}: ====status==== is an exit code, not "${status}"`);
  return {
    test: required("test").trim(),
    command: splitCommand(required("command").trim(), name),
    env: parseEnv(sections.get("env") ?? "", name),
    cwd: cwd === "" ? (Object.keys(assets).length > 0 ? "temp" : "root") : cwd,
    assets,
    status: status === undefined ? undefined : Number(status),
    stdout: sections.get("stdout"),
    stderr: sections.get("stderr"),
  };
}

/** Words separated by blanks; a word in "double quotes" may hold blanks (no escapes, no shell). */
export function splitCommand(line: string, name = "scenario"): string[] {
  if ((line.match(/"/g)?.length ?? 0) % 2 !== 0) throw new Error(`${name}: unbalanced quote in ====command====`);
  return [...line.matchAll(/"([^"]*)"|([^\s"]+)/g)].map((m) => m[1] ?? m[2]);
}

function parseEnv(body: string, name: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of body.split("\n")) {
    if (line.trim() === "") continue;
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (!match) throw new Error(`${name}: ====env==== line "${line}" is not KEY=VALUE`);
    env[match[1]] = match[2];
  }
  return env;
}

/**
 * What varies from machine to machine or release to release, replaced by fixed words: each folder
 * by its word ({tmp}, {root}; the longest first, so a folder inside another keeps its own word),
 * the package version by {version}; and the two invisible characters a text file would lose or an
 * editor would change, a byte-order mark by <BOM> and CR by ␍.
 */
export function normalise(text: string, places: { dirs: Array<[dir: string, word: string]>; version: string }): string {
  let out = text;
  for (const [dir, word] of [...places.dirs].sort((a, b) => b[0].length - a[0].length)) out = out.split(dir).join(word);
  const version = places.version.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  out = out.replace(new RegExp(`(?<![\\w.])${version}(?![\\w.])`, "g"), "{version}");
  return out.replace(/\uFEFF/g, "<BOM>").replace(/\r/g, "␍");
}
