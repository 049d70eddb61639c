// import(export(catalog)) == catalog, modulo what the national layout cannot carry (support.ts
// `carried`): the sample items, a generated catalog and items with odd values, through XLSX and CSV.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { itemText, runCli, tempDir } from "../support/cli.js";
import { exportTable, writeTable } from "../../src/export/export-catalog.js";
import { SHEET_NAME } from "../../src/export/write-xlsx.js";
import { writeXlsxStream } from "../../src/export/write-xlsx-stream.js";
import { importRecords } from "../../src/import/import-exports.js";
import { carried, importCsv, importXlsx, type Item } from "./support.js";

// @ts-expect-error plain ESM script without types
const { generateCatalog } = await import("../../scripts/generate-catalog.mjs");

const base = () => yaml.load(itemText()) as Item;
let serial = 100;
/** The base item with its own code and some fields replaced. */
function variant(changes: Item): Item {
  const tail = String(serial++).padStart(3, "0");
  return { ...base(), code: `11510921MB1538709A4000117600${tail}`, baseCode: `000117600${tail}`, ...changes };
}

const ODD: Item[] = [
  // 无 for a legal limit, 即办 as promised, no on-site reason: nulls.
  variant({ timeLimit: { legal: null, promised: { value: 0, unit: "working-day", note: "即时办结" } }, processing: "immediate", onSiteReason: null }),
  // Several subjects, an item 备案 (no national type code), a township body.
  variant({ subjects: ["natural-person", "legal-person", "other-organization"], type: "administrative-filing", level: "township" }),
  // Hours and minutes: no 单位 code, written as text.
  variant({
    timeLimit: { legal: { value: 8, unit: "hour" }, promised: { value: 30, unit: "minute", note: "当场办结" } },
    type: "public-service",
    level: "village",
  }),
  // Natural days; every material value of the schema, each field set.
  variant({
    timeLimit: { legal: { value: 60, unit: "natural-day" }, promised: { value: 15, unit: "natural-day" } },
    materials: [
      { name: "申请表", form: "original", media: "paper", copies: 2, necessity: "required", source: "applicant", eLicense: false },
      { name: "身份证明", form: "copy", media: "electronic", copies: 1, necessity: "optional", source: "government", eLicense: true },
      {
        name: "评估报告",
        form: "original-and-copy",
        media: "paper-or-electronic",
        copies: 3,
        necessity: "deferrable",
        source: "intermediary",
        eLicense: false,
      },
      { name: "其他材料", form: "copy", media: "paper", copies: 0, necessity: "required", source: "other", eLicense: false },
    ],
  }),
  // No materials (one row), a charged fee with basis and items, two addresses, a reason, 1 run.
  variant({
    materials: [],
    fee: { charged: true, basis: "《收费标准》", items: [{ name: "工本费", standard: "每证20元" }] },
    runs: 1,
    onSiteReason: "需现场核验原件",
    address: [
      { place: "一楼窗口", street: "某路1号", hours: "周一至周五" },
      { place: "二楼窗口", hours: "周六" },
    ],
    onlineDepth: 1,
  }),
  // A basis without article, one without text, the other depths; a province body; an integer phone.
  variant({
    legalBasis: [{ law: "某某条例", text: "应当依法办理。" }, { law: "某某办法" }],
    onlineDepth: 2,
    level: "province",
    type: "other-administrative-power",
    phone: 12345,
    publishedOn: ["pc"],
    "x-localCode": "abc",
  }),
  variant({ onlineDepth: 3, type: "administrative-confirmation", subjects: ["other-organization"] }),
  variant({ type: "administrative-payment" }),
  variant({ type: "administrative-reward", level: "city" }),
  variant({ type: "administrative-adjudication", level: "national" }),
];

/** A generated catalog's files as written (its codes quoted: `…229E4000…` unquoted is a number to YAML 1.2). */
function generated(): Record<string, string> {
  const dir = tempDir();
  generateCatalog({ outDir: dir, items: 40, seed: 7 });
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".yaml"));
  return Object.fromEntries(files.map((f) => [`catalog/${f}`, readFileSync(path.join(dir, f), "utf8")]));
}

const asFiles = (items: Item[]) => Object.fromEntries(items.map((item, i) => [`catalog/${String(i).padStart(3, "0")}.yaml`, yaml.dump(item)]));
const itemsOf = (files: Record<string, string>) => Object.values(files).map((text) => yaml.load(text) as Item);

const CASES: [string, Record<string, string>][] = [
  ["the base item and odd values", asFiles([base(), ...ODD])],
  ["a generated catalog", generated()],
];

/** The catalog folder's files, exported by the CLI to `file` in it. */
async function exported(files: Record<string, string>, file: string, args: string[] = []): Promise<{ dir: string; bytes: Buffer; stderr: string }> {
  const dir = tempDir(files);
  const run = await runCli(["export", "catalog", "-o", file, ...args], { cwd: dir });
  expect(run.status, run.stderr).toBe(0);
  return { dir, bytes: readFileSync(path.join(dir, file)), stderr: run.stderr };
}

function expectSameRecords(items: Item[], back: Map<string, Item>): void {
  expect([...back.keys()].sort()).toEqual(items.map((i) => i.code).sort());
  for (const item of items) expect(back.get(item.code), item.code).toEqual(carried(item));
}

describe("import(export(catalog)) gives the catalog back", () => {
  for (const [name, files] of CASES) {
    const items = itemsOf(files);
    it(`XLSX: ${name}`, async () => {
      const { bytes, stderr } = await exported(files, "上报.xlsx");
      expect(stderr).toContain(`Exported ${items.length} records`);
      const { records, diagnostics } = importXlsx(bytes);
      expect(diagnostics).toEqual([]);
      expectSameRecords(items, records);
    });

    it(`CSV: ${name}`, async () => {
      const { dir } = await exported(files, "上报.csv");
      const { records, diagnostics } = importCsv(path.join(dir, "上报.csv"), dir);
      expect(diagnostics).toEqual([]);
      expectSameRecords(items, records);
    });

    it(`CSV with --labels: ${name}`, async () => {
      const { dir } = await exported(files, "上报.csv", ["--labels"]);
      const { records, diagnostics } = importCsv(path.join(dir, "上报.csv"), dir);
      expect(diagnostics).toEqual([]);
      expectSameRecords(items, records);
    });
  }
});

describe("the streaming XLSX writer (exports over 50 000 rows)", () => {
  it("writes what the SheetJS writer writes, with the header row frozen", async () => {
    const items = itemsOf(asFiles([base(), ...ODD, variant({ name: '=HYPERLINK("http://x")', department: "@SUM(A1)" })]));
    const dir = tempDir();
    const file = path.join(dir, "big.xlsx");
    await writeTable(file, "xlsx", exportTable(items), file, 0);
    const bytes = readFileSync(file);
    const { records, diagnostics } = importXlsx(bytes);
    expect(diagnostics).toEqual([]);
    expectSameRecords(items, records);
    const XLSX = await import("@e965/xlsx");
    const book = XLSX.read(bytes, { type: "buffer", bookFiles: true }) as { files?: Record<string, { content: Uint8Array }> };
    const sheetXml = new TextDecoder().decode(book.files?.["xl/worksheets/sheet1.xml"]?.content);
    expect(sheetXml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(sheetXml).not.toContain("<f>");
  });

  it("splits a large export over sheets at item boundaries (事项, 事项2 …), which the importer reads back whole", async () => {
    const items = itemsOf(generated()).slice(0, 12);
    const table = exportTable(items);
    const firstRows = new Set<number>();
    let row = 0;
    for (const item of items) {
      firstRows.add(row);
      row += Math.max(1, Array.isArray(item.materials) ? item.materials.length : 0);
    }
    const dir = tempDir();
    const file = path.join(dir, "big.xlsx");
    await writeXlsxStream(file, table.header, table.rows, (index) => firstRows.has(index), 10);
    const XLSX = await import("@e965/xlsx");
    const names = XLSX.read(readFileSync(file), { type: "buffer", bookSheets: true }).SheetNames;
    expect(names.length).toBeGreaterThan(2);
    expect(names.slice(0, 2)).toEqual([SHEET_NAME, `${SHEET_NAME}2`]);
    const { records, diagnostics } = importRecords([file]);
    expect(diagnostics).toEqual([]);
    expectSameRecords(items, new Map(records.map((r) => [String(r.record.code), yaml.load(yaml.dump(r.record)) as Item])));
  });

  it("exits 2 naming the file when it cannot write it", async () => {
    await expect(writeTable(tempDir(), "xlsx", exportTable([base()]), "上报.xlsx", 0)).rejects.toThrow(/outputUnwritable.*上报\.xlsx/);
  });
});

describe("texts a spreadsheet would run as formulas", () => {
  const HOSTILE = ['=HYPERLINK("http://x","点击")', "+86 825 1234567", "-不收费-", "@SUM(A1)", "'=已有引号"];
  const items = HOSTILE.map((name) => variant({ name, department: name }));

  it("XLSX: string cells, never formulas, read back exactly", async () => {
    const { bytes } = await exported(asFiles(items), "上报.xlsx");
    const XLSX = await import("@e965/xlsx");
    const sheet = XLSX.read(bytes, { type: "buffer" }).Sheets[SHEET_NAME];
    const cells = Object.entries(sheet).filter(([ref]) => !ref.startsWith("!"));
    expect(cells.filter(([, cell]) => (cell as { f?: string }).f !== undefined)).toEqual([]);
    expect(importXlsx(bytes).records.get(items[0].code)?.name).toBe(HOSTILE[0]);
    expectSameRecords(items, importXlsx(bytes).records);
  });

  it("CSV: a leading ' neutralises them, and the importer takes it off again", async () => {
    const { dir, bytes } = await exported(asFiles(items), "上报.csv");
    const text = bytes.toString("utf8");
    expect(text.startsWith("\uFEFF事项名称,")).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""点击"")"`);
    expect(text).toContain(",'+86 825 1234567,");
    expect(text).toContain(",''=已有引号,");
    const { records } = importCsv(path.join(dir, "上报.csv"), dir);
    expectSameRecords(items, records);
  });
});
