import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isSnapshotProblem, readSnapshot, type SnapshotProblem, type SnapshotRecord } from "../../src/channels/snapshot.js";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/channels");
const rel = (p: string) => path.relative(FIXTURES, p).split(path.sep).join("/");

/** Each entry as [file, pathPrefix, code or problem (line)]. */
function summary(location: string): Array<[string, (string | number)[], string]> {
  return [...readSnapshot(location)].map((e) =>
    isSnapshotProblem(e) ? [rel(e.filePath), e.pathPrefix, `${e.problem}${e.line ? `@${e.line}` : ""}`] : [rel(e.filePath), e.pathPrefix, e.code],
  );
}

describe("readSnapshot", () => {
  it("a folder: per-record YAML and JSON files, a list file in a subfolder, broken files reported, others skipped", () => {
    expect(summary(path.join(FIXTURES, "pc"))).toEqual([
      ["pc/a-food-license.yaml", [], "11510921MB1538709A4000117600000"],
      ["pc/b-same.json", [], "11510921MB1538709A4000117600001"],
      ["pc/c-bom.json", [], "11510921MB1538709A4000117600002"],
      ["pc/county/d-list.yml", [0], "11510921MB1538709A4000117600003"],
      ["pc/county/d-list.yml", [1], "no-code"],
      ["pc/county/d-list.yml", [2], "not-a-record"],
      ["pc/e-broken.yaml", [], "syntax@3"],
      ["pc/f-broken.json", [], "syntax@4"],
    ]);
  });

  it("one file holding a list", () => {
    const entries = [...readSnapshot(path.join(FIXTURES, "mobile.yaml"))] as SnapshotRecord[];
    expect(entries.map((e) => [e.code, e.pathPrefix])).toEqual([
      ["11510921MB1538709A4000117600000", [0]],
      ["11510921MB1538709A4000117600009", [1]],
    ]);
    expect(entries[0].record.processing).toBe("即办件");
    expect(entries[1].record.phone).toBe("0825-5432100");
  });

  it("one file holding one record", () => {
    expect(summary(path.join(FIXTURES, "pc/b-same.json"))).toEqual([["pc/b-same.json", [], "11510921MB1538709A4000117600001"]]);
  });

  it("a UTF-8 BOM is tolerated", () => {
    const [entry] = [...readSnapshot(path.join(FIXTURES, "pc/c-bom.json"))] as SnapshotRecord[];
    expect(entry.record.phone).toBe("０８２５－５４３２１００");
  });

  it("a missing path is one unreadable problem, not an exception", () => {
    const entries = [...readSnapshot(path.join(FIXTURES, "no-such-channel"))] as SnapshotProblem[];
    expect(entries).toHaveLength(1);
    expect(entries[0].problem).toBe("unreadable");
  });

  it("is lazy and can be iterated again", () => {
    const snapshot = readSnapshot(path.join(FIXTURES, "pc"));
    const iterator = snapshot[Symbol.iterator]();
    expect(iterator.next().value).toMatchObject({ code: "11510921MB1538709A4000117600000" });
    expect([...snapshot]).toHaveLength(8);
  });

  describe("odd files", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "guidelint-snapshot-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const write = (name: string, text: string) => {
      writeFileSync(path.join(dir, name), text);
      return path.join(dir, name);
    };

    it.each<[string, string, string]>([
      ["empty.yaml", "", "not-a-record"],
      ["scalar.yaml", "just text\n", "not-a-record"],
      ["null.json", "null", "not-a-record"],
      ["two-docs.yaml", "code: a\n---\ncode: b\n", "syntax"],
      ["duplicate.yaml", "code: a\ncode: b\n", "syntax"],
      ["tab.yaml", "code: a\n\tname: x\n", "syntax"],
      ["no-code.json", '{"name": "x"}', "no-code"],
      ["blank-code.yaml", "code: '  '\n", "no-code"],
      ["code-list.yaml", "code: [a]\n", "no-code"],
    ])("%s → %s", (name, text, problem) => {
      const entries = [...readSnapshot(write(name, text))];
      expect(entries).toHaveLength(1);
      expect((entries[0] as SnapshotProblem).problem).toBe(problem);
    });

    it("YAML 1.2 core: no timestamps, codes stay strings when quoted", () => {
      const [entry] = [...readSnapshot(write("core.yaml", 'code: "0001"\npublishedOn: 2024-01-01\n'))] as SnapshotRecord[];
      expect(entry.code).toBe("0001");
      expect(entry.record.publishedOn).toBe("2024-01-01");
    });
  });
});
