// List snapshot files are read and located entry by entry: the records and the positions must be
// exactly those of the whole-file reading — on generated snapshots and on texts built to trip a
// scan (brackets and quotes in strings, comments between entries, CRLF, empty entries, anchors).
import { readFileSync } from "node:fs";
import path from "node:path";
import { CORE_SCHEMA, load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { jsonListEntries, yamlListEntries } from "../../src/channels/list-entries.js";
import { readSnapshot, streamSnapshot } from "../../src/channels/snapshot.js";
import { createLocator } from "../../src/engine/positions.js";
import type { JsonPath } from "../../src/vocabulary.js";
import { tempDir } from "../support/cli.js";

// @ts-expect-error plain ESM script without types
const { generateCatalog } = await import("../../scripts/generate-catalog.mjs");
// @ts-expect-error plain ESM script without types
const { generateSnapshots } = await import("../../scripts/generate-snapshots.mjs");

const dir = tempDir();
generateCatalog({ outDir: path.join(dir, "catalog"), items: 30, seed: 11 });
const locations = generateSnapshots({ catalogDir: path.join(dir, "catalog"), outDir: path.join(dir, "snapshots"), seed: 5, mismatchRate: 0.2 });

/** Every path into a value (each key, each index), plus a key and an index that are not there. */
function paths(value: unknown, prefix: JsonPath = []): JsonPath[] {
  const out: JsonPath[] = [prefix, [...prefix, "noSuchKey"]];
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) out.push(...paths(v, [...prefix, i]));
    out.push([...prefix, value.length]);
  } else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  }
  return out;
}

/** The whole-document locator: the other format's scan never finds a list (YAML lists do not start with `[`, JSON ones do). */
const wholeLocator = (text: string, json: boolean) => createLocator(text, !json);

function expectSamePositions(text: string, json: boolean) {
  const value = json ? JSON.parse(text) : load(text, { schema: CORE_SCHEMA });
  const byEntry = createLocator(text, json);
  const whole = wholeLocator(text, json);
  for (const p of paths(value)) {
    for (const anchor of ["value", "key"] as const) expect([p, anchor, byEntry.locate(p, anchor)]).toEqual([p, anchor, whole.locate(p, anchor)]);
  }
}

const TRICKY_YAML = [
  "# exported\n\n- code: a1\n  name: 名称（一）\n  text: |\n    - not an entry\n    多行\n# between\n- code: a2\n  list:\n  - x\n  - y\n-\n- just text\n- [1, 2]\n- code: a3\n  note: 'it''s # not a comment'\n",
  "- code: b1\r\n  name: 换行\r\n- code: b2\r\n  phone: 0816-1234567\r\n",
  "- code: c1\n  name: 末行无换行",
];
const TRICKY_JSON = [
  '[\n  {"code": "j1", "name": "括号]}\\"引号\\\\", "x": [1, {"y": "]"}]},\n  [1, 2],\n  "text",\n  null,\n  {"code": "j2",\n   "n": 3.5e2}\n]\n',
  '[{"code":"k1","name":"一行"},{"code":"k2","name":"二"}]',
  "[]",
];

describe("entry-by-entry locating", () => {
  it("places every path of a generated YAML list and JSON list where the whole document does", () => {
    expectSamePositions(readFileSync(locations.mobile, "utf8"), false);
    expectSamePositions(readFileSync(locations.kiosk, "utf8"), true);
  });

  it("places every path of texts built to trip the scan where the whole document does", () => {
    for (const text of TRICKY_YAML) expectSamePositions(text, false);
    for (const text of TRICKY_JSON) expectSamePositions(text, true);
  });

  it("finds the entries of plain lists, and declines what it is not sure of", () => {
    expect(yamlListEntries(TRICKY_YAML[0])?.starts.length).toBe(6);
    expect(jsonListEntries(TRICKY_JSON[0])?.starts.length).toBe(5);
    expect(jsonListEntries("[]")?.starts).toEqual([]);
    for (const text of ["code: a\n", "- &a x\n- *a\n", "[a, b]\n", "- a\n---\n- b\n", "- a\nkey: b\n", "\t- a\n", "-a\n"])
      expect(yamlListEntries(text)).toBeUndefined();
    for (const text of ['{"code": 1}', "[1,]", "[1 2]", '["open', "[1] x"]) expect(jsonListEntries(text)).toBeUndefined();
  });
});

describe("entry-by-entry reading", () => {
  const summary = (entries: Iterable<object>) => [...entries].map((e) => JSON.stringify(e));

  it("gives the records the whole-file reading gives", () => {
    for (const location of [locations.mobile, locations.kiosk]) {
      const text = readFileSync(location, "utf8");
      const whole = (location.endsWith(".json") ? JSON.parse(text) : load(text, { schema: CORE_SCHEMA })) as { code: string }[];
      expect([...readSnapshot(location)].map((e) => ("record" in e ? e.record : e))).toEqual(whole);
    }
  });

  it("retracts what it gave of a file whose later entry does not parse, and gives the file's syntax problem only", () => {
    const broken = tempDir({ "list.yaml": "- code: a1\n  name: 一\n- code: a2\n  name: [未闭合\n- code: a3\n" });
    const stream = summary(streamSnapshot(path.join(broken, "list.yaml")));
    expect(stream.length).toBe(3);
    expect(JSON.parse(stream[1])).toEqual({ retract: path.join(broken, "list.yaml") });
    const settled = [...readSnapshot(path.join(broken, "list.yaml"))];
    expect(settled).toEqual([expect.objectContaining({ problem: "syntax", pathPrefix: [] })]);
  });

  it("reads a list whose entries share an anchor as one document", () => {
    const linked = tempDir({ "list.yaml": "- &a\n  code: a1\n  name: 一\n- code: a2\n  same: *a\n" });
    const entries = [...readSnapshot(path.join(linked, "list.yaml"))];
    expect(entries.map((e) => ("code" in e ? e.code : e.problem))).toEqual(["a1", "a2"]);
  });
});
