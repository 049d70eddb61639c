// Items written the way a workbook export writes them: Chinese labels for enum ids, a time limit
// as text (20个工作日), full-width digits and dashes, unquoted codes, no-break spaces. Each defect
// is one line of the base item changed; the generator says what `guidelint fix` must make of it,
// so a test can check the fixed file line by line (and that no other byte moved).
import { itemText } from "./cli.js";
import { seededRandom } from "./random.js";

interface ExportDefect {
  /** The base item's line the defect replaces. */
  line: string;
  /** The line as the export writes it. */
  exported: string;
  /** The line after `guidelint fix`. */
  fixed: string;
}

const LEGAL = "  legal:    { value: 20, unit: working-day, note: 受理之日起20个工作日 }";
const PROMISED = "  promised: { value: 5,  unit: working-day, note: 受理之日起5个工作日 }";
const HOURS = "    hours: 周一至周五 9:00-12:00，13:30-17:00（法定节假日除外）";
const NECESSITY = "    copies: 1\n    necessity: required\n    source: applicant\n    eLicense: false\n  - name: 营业执照";

/** Alternatives per line of the base item: a generated item takes at most one of each group. */
const DEFECTS: readonly (readonly ExportDefect[])[] = [
  [
    { line: "level: county", exported: "level: 县级", fixed: "level: county" },
    { line: "level: county", exported: "level: 区县级  # 导出", fixed: "level: county  # 导出" },
  ],
  [
    { line: "subjects: [legal-person]", exported: "subjects: [法人]", fixed: "subjects: [legal-person]" },
    { line: "subjects: [legal-person]", exported: "subjects: [企业法人]", fixed: "subjects: [legal-person]" },
  ],
  [{ line: "processing: commitment", exported: "processing: 承诺件", fixed: "processing: commitment" }],
  [
    { line: LEGAL, exported: "  legal: 20个工作日", fixed: "  legal: { value: 20, unit: working-day }" },
    { line: LEGAL, exported: "  legal:    '２０个工作日'   # 法定", fixed: "  legal:    { value: 20, unit: working-day }   # 法定" },
  ],
  [{ line: PROMISED, exported: PROMISED.replace("unit: working-day", "unit: 工作日"), fixed: PROMISED }],
  [{ line: NECESSITY, exported: NECESSITY.replace("necessity: required", "necessity: 必要"), fixed: NECESSITY }],
  [
    { line: HOURS, exported: "    hours: 周一至周五 ９：００－１２：００，13:30-17:00（法定节假日除外）", fixed: HOURS },
    { line: HOURS, exported: "    hours: 周一至周五 9:00—12:00，13:30—17:00（法定节假日除外）", fixed: HOURS },
  ],
  [
    { line: "name: 食品经营许可（新办）", exported: "name: 食品经营许可(新办)", fixed: "name: 食品经营许可（新办）" },
    { line: "name: 食品经营许可（新办）", exported: "name: 食品经营许可（新办）。", fixed: "name: 食品经营许可（新办）" },
  ],
  [{ line: "phone: 0825-5432100", exported: "phone: ０８２５－５４３２１００", fixed: "phone: 0825-5432100" }],
  [{ line: 'region: "510921"', exported: "region: 510921", fixed: 'region: "510921"' }],
  [
    { line: "department: 蓬溪县行政审批局", exported: "department: 蓬溪县\u00a0行政审批局", fixed: "department: 蓬溪县 行政审批局" },
    { line: "department: 蓬溪县行政审批局", exported: "department: 蓬溪县行政审批局\u200b  # 复制自表格", fixed: "department: 蓬溪县行政审批局  # 复制自表格" },
  ],
];

export interface ExportItem {
  /** The item as exported. */
  text: string;
  /** The item as `guidelint fix` must leave it. */
  fixed: string;
  defects: ExportDefect[];
}

/** `count` items, each with its own code and a different mix of export defects (at least one). */
export function exportItems(count: number, seed = 14): ExportItem[] {
  const next = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    let defects = DEFECTS.flatMap((group) => (next() < 0.6 ? [group[Math.floor(next() * group.length)]] : []));
    if (defects.length === 0) defects = [DEFECTS[i % DEFECTS.length][0]];
    const text = itemText(Object.fromEntries(defects.map((d) => [d.line, d.exported])), i + 1);
    const fixed = itemText(Object.fromEntries(defects.map((d) => [d.line, d.fixed])), i + 1);
    return { text, fixed, defects };
  });
}

/**
 * The text with the lines the defects changed blanked out: what must be byte-identical between an
 * export and its fixed file (comments, key order, quoting, blank lines).
 */
export function maskDefects(text: string, lines: readonly string[]): string {
  let out = text;
  for (const line of lines) out = out.replace(line, "\u0000".repeat(line.split("\n").length));
  return out;
}
