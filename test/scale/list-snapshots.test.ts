// Big list snapshots stay linear: 100,000 entries are read one at a time and a finding in the last
// one is placed from that entry alone; a record with a 2 MB value is read, compared and placed
// like a small one. (What a quadratic step would cost shows as this file never finishing.)
import path from "node:path";
import { describe, expect, it } from "vitest";
import { jsonListEntries, yamlListEntries } from "../../src/channels/list-entries.js";
import { readSnapshot } from "../../src/channels/snapshot.js";
import { createLocator } from "../../src/engine/positions.js";
import { tempDir } from "../support/cli.js";

const N = 100_000;
const code = (i: number) => `C${String(i).padStart(8, "0")}`;

describe("a list snapshot of 100,000 entries", () => {
  const yaml = Array.from({ length: N }, (_, i) => `- code: ${code(i)}\n  name: 事项${i}\n`).join("");
  const json = `[${Array.from({ length: N }, (_, i) => JSON.stringify({ code: code(i), name: `事项${i}` })).join(",\n")}]\n`;
  const dir = tempDir({ "mobile.yaml": yaml, "kiosk.json": json });

  it("is read entry by entry, every record in order", () => {
    for (const file of ["mobile.yaml", "kiosk.json"]) {
      let count = 0;
      let outOfPlace = 0;
      let last = "";
      for (const entry of readSnapshot(path.join(dir, file))) {
        if (!("code" in entry)) continue;
        if (entry.pathPrefix[0] !== count || entry.code !== code(count)) outOfPlace++;
        last = entry.code;
        count++;
      }
      expect([count, outOfPlace, last]).toEqual([N, 0, code(N - 1)]);
    }
    expect(yamlListEntries(yaml)?.starts.length).toBe(N);
    expect(jsonListEntries(json)?.starts.length).toBe(N);
  });

  it("places a finding in its last entry from that entry alone", () => {
    expect(createLocator(yaml).locate([N - 1, "name"])).toEqual({ line: 2 * N, column: 9, endLine: 2 * N, endColumn: 9 + `事项${N - 1}`.length });
    // The last line is `{"code":"C00099999",…}]`: the value stands in columns 9 to 20.
    expect(createLocator(json, true).locate([N - 1, "code"])).toEqual({ line: N, column: 9, endLine: N, endColumn: 20 });
  });
});

describe("a record with a 2 MB value", () => {
  const long = "很长的名称".repeat(400_000);
  const text = `- code: C1\n  name: ${long}\n- code: C2\n  name: 短\n`;

  it("is read, and placed, like a small one", () => {
    const dir = tempDir({ "list.yaml": text });
    const entries = [...readSnapshot(path.join(dir, "list.yaml"))];
    expect(entries.map((e) => ("code" in e ? [e.code, String(e.record.name).length] : e))).toEqual([
      ["C1", long.length],
      ["C2", 1],
    ]);
    expect(createLocator(text).locate([0, "name"])).toEqual({ line: 2, column: 9, endLine: 2, endColumn: 9 + long.length });
    expect(createLocator(text).locate([1, "name"])).toEqual({ line: 4, column: 9, endLine: 4, endColumn: 10 });
  });
});
