// The report as a Word bulletin (周通报): title, 统计截至, a summary in sentences, the figures, the
// rankings with 并列 ranks, the units below the target named, and the findings as an annex. Built
// with the `docx` package, loaded only when --format docx is asked for (index.ts imports this
// module lazily). The layout follows official documents: A4 portrait, GB/T 9704 margins, 黑体
// headings and 仿宋 body text, 宋体 in tables; Word and WPS both read these fonts by their names.
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { Lang } from "../i18n/localized.js";
import { renderText } from "../i18n/render.js";
import { REPORT_WORDS } from "../i18n/report-words.js";
import { REPORT_COMPARE_WORDS } from "./compare-words.js";
import { type AuditReport, periodText, placeText } from "./model.js";

/** Twips (1/20 pt): A4 is 210 × 297 mm; GB/T 9704 margins 37/35/28/26 mm. */
const MM = 56.7;
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM) };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

interface FontSet {
  body: string;
  heading: string;
  table: string;
  latin: string;
}
const FONTS: Record<Lang, FontSet> = {
  "zh-CN": { body: "仿宋", heading: "黑体", table: "宋体", latin: "Times New Roman" },
  en: { body: "Times New Roman", heading: "Arial", table: "Times New Roman", latin: "Times New Roman" },
};
const LANGUAGE_TAGS: Record<Lang, string> = { "zh-CN": "zh-CN", en: "en-US" };
/** Half-points: 二号 22 pt title, 三号 16 pt body and headings, 五号 10.5 pt in tables. */
const SIZE = { title: 44, body: 32, table: 21, small: 21 };

type Words = (text: { en: string; "zh-CN": string }, data?: Record<string, string | number>) => string;

export async function renderDocx(report: AuditReport): Promise<Uint8Array> {
  const w: Words = (text, data = {}) => renderText(text, data, report.lang);
  const fonts = FONTS[report.lang];
  const font = (eastAsia: string) => ({ ascii: fonts.latin, hAnsi: fonts.latin, eastAsia, cs: fonts.latin });
  const headingNumber = headingNumbers(w);

  const title = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 240 },
    children: [new TextRun({ text: report.title, font: font(fonts.heading), size: SIZE.title })],
  });
  const centred = (text: string) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, size: SIZE.small })] });
  const heading = (text: string) =>
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      keepNext: true,
      spacing: { before: 240, after: 120 },
      children: [new TextRun({ text: `${headingNumber()}${text}`, font: font(fonts.heading), size: SIZE.body })],
    });
  // 公文 body paragraphs open with a two-character indent.
  const body = (text: string) => new Paragraph({ indent: { firstLine: 640 }, spacing: { line: 560 }, children: [new TextRun(text)] });
  const caption = (text: string) =>
    new Paragraph({ keepNext: true, spacing: { before: 120, after: 60 }, children: [new TextRun({ text, font: font(fonts.heading), size: SIZE.table + 3 })] });
  const table = (widths: number[], header: string[], rows: string[][]) => fixedTable(widths, header, rows, font(fonts.table));

  const children: Array<Paragraph | Table> = [title];
  if (report.period) children.push(centred(periodText(report.period, report.lang)));
  children.push(
    centred(report.profile ? w(REPORT_WORDS.profile, { name: report.profile.name, document: report.profile.document }) : w(REPORT_WORDS.noProfile)),
  );

  children.push(heading(w(REPORT_WORDS.summary)), body(summaryText(report, w)));

  // 与上期比较 (--compare): what a 周通报 states first after the figures — each figure's change,
  // and from a git ref the new and resolved problems of each department.
  const comparison = report.comparison;
  if (comparison) {
    children.push(heading(comparison.heading), body(comparison.previousShown));
    for (const sentence of comparison.sentences) children.push(body(sentence));
    for (const gone of comparison.gone) children.push(body(gone.shown));
    if (comparison.findings) {
      const f = comparison.findings;
      children.push(body(f.summary), caption(w(REPORT_COMPARE_WORDS.findings)));
      children.push(
        table(
          [3344, 1400, 1400, 1300, 1400],
          [
            REPORT_COMPARE_WORDS.department,
            REPORT_COMPARE_WORDS.previousCount,
            REPORT_COMPARE_WORDS.currentCount,
            REPORT_COMPARE_WORDS.newCount,
            REPORT_COMPARE_WORDS.resolvedCount,
          ].map((h) => w(h)),
          f.departments.map((d) => [d.label, String(d.previous), String(d.current), String(d.added.length), String(d.resolved.length)]),
        ),
      );
    } else if (comparison.findingsNote) {
      children.push(body(comparison.findingsNote));
    }
  }

  children.push(heading(w(REPORT_WORDS.metrics)));
  children.push(
    table(
      [3044, 1300, 1500, 1500, 1500],
      [w(REPORT_WORDS.figure), w(REPORT_WORDS.value), w(REPORT_WORDS.countTotal), w(REPORT_WORDS.target), w(REPORT_WORDS.result)],
      report.metrics.map((m) => [
        m.label,
        m.shown,
        `${m.count} / ${m.total}`,
        m.targets.map((t) => t.shownTarget).join("; ") || "—",
        m.status === "none" ? w(REPORT_WORDS.noTarget) : m.status === "met" ? w(REPORT_WORDS.met) : w(REPORT_WORDS.missed),
      ]),
    ),
  );

  if (report.rankings.length > 0) {
    children.push(heading(w(REPORT_WORDS.rankings)));
    for (const r of report.rankings) {
      const target = r.targets.map((t) => t.shownTarget).join("; ");
      children.push(caption(target ? w(REPORT_WORDS.captionTarget, { title: r.title, target }) : r.title));
      const withResult = r.targets.length > 0;
      const header = [w(REPORT_WORDS.rank), r.dimensionLabel, w(REPORT_WORDS.groupItems), r.metricLabel, ...(withResult ? [w(REPORT_WORDS.result)] : [])];
      // A rank with its movement since last period (--compare): 2（↑1）.
      const rows = r.rows.map((row) => [
        row.movement ? w(REPORT_WORDS.rankMoved, { rank: row.rankShown, movement: row.movement.shown }) : row.rankShown,
        row.label,
        String(row.items),
        row.shown,
        ...(withResult ? [row.met ? w(REPORT_WORDS.met) : w(REPORT_WORDS.missed)] : []),
      ]);
      children.push(table(withResult ? [1100, 3744, 1200, 1600, 1200] : [1100, 4744, 1400, 1600], header, rows));
    }
    children.push(heading(w(REPORT_WORDS.lagging)), ...laggingText(report, w).map(body));
  }

  children.push(
    new Paragraph({
      spacing: { before: 360 },
      children: [new TextRun({ text: w(REPORT_WORDS.generatedBy, { version: report.version }), size: SIZE.small, color: "666666" })],
    }),
  );

  // The annex starts on its own page, as an attachment to a 通报 does.
  children.push(
    new Paragraph({
      pageBreakBefore: true,
      spacing: { after: 120 },
      children: [new TextRun({ text: w(REPORT_WORDS.annex), font: font(fonts.heading), size: SIZE.body })],
    }),
  );
  if (report.findings.length === 0) children.push(body(w(REPORT_WORDS.noFindings)));
  else {
    children.push(body(w(REPORT_WORDS.annexCount, { count: report.findings.length })));
    children.push(
      table(
        [2400, 800, 2000, 3644],
        [w(REPORT_WORDS.position), w(REPORT_WORDS.severity), w(REPORT_WORDS.rule), w(REPORT_WORDS.message)],
        report.findings.map((f) => [
          placeText(f),
          f.severityLabel,
          f.ruleTitle ? w(REPORT_WORDS.ruleWithId, { title: f.ruleTitle, id: f.ruleId }) : f.ruleId,
          f.message,
        ]),
      ),
    );
  }

  const document = new Document({
    title: report.title,
    creator: `guidelint ${report.version}`,
    description: report.period ? periodText(report.period, report.lang) : report.title,
    styles: {
      default: {
        document: {
          run: { font: font(fonts.body), size: SIZE.body, language: { value: LANGUAGE_TAGS[report.lang], eastAsia: "zh-CN" } },
        },
      },
    },
    sections: [
      {
        properties: { page: { size: { ...PAGE, orientation: PageOrientation.PORTRAIT }, margin: MARGIN } },
        footers: { default: new Footer({ children: [pageNumberLine(report.lang)] }) },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** 一、二、三、 in Chinese; 1. 2. 3. in English. */
function headingNumbers(w: Words): () => string {
  const numerals = w(REPORT_WORDS.headingNumerals).split(",");
  let n = 0;
  return () => {
    n += 1;
    return w(REPORT_WORDS.headingNumber, { n: numerals[n - 1] ?? String(n) });
  };
}

/** The counts, then each figure that has a target against it (all figures when none has), then the tally. */
function summaryText(report: AuditReport, w: Words): string {
  const g = report.glance;
  const clauses = [w(REPORT_WORDS.summaryCounts, { items: g.items, files: g.files, errors: g.errors, warnings: g.warnings })];
  const targeted = report.metrics.filter((m) => m.status !== "none");
  for (const m of targeted.length > 0 ? targeted : report.metrics) {
    const target = m.targets.map((t) => t.shownTarget).join("; ");
    const words = m.status === "met" ? REPORT_WORDS.figureMet : m.status === "missed" ? REPORT_WORDS.figureMissed : REPORT_WORDS.figureShown;
    clauses.push(w(words, { label: m.label, value: m.shown, target }));
  }
  const tally = report.targetsTotal > 0 ? w(REPORT_WORDS.targetsMet, { met: report.targetsMet, total: report.targetsTotal }) : "";
  const summary = `${clauses.join(w(REPORT_WORDS.clauseSeparator))}${w(REPORT_WORDS.sentenceEnd)}`;
  return tally ? w(REPORT_WORDS.summaryWithTally, { summary, tally }) : summary;
}

/** One sentence per ranking naming the units that miss its target, with their figures. */
function laggingText(report: AuditReport, w: Words): string[] {
  return report.rankings.map((r) => {
    if (r.targets.length === 0) return w(REPORT_WORDS.noRankingTarget, { metric: r.metricLabel });
    const target = r.targets.map((t) => t.shownTarget).join("; ");
    const lagging = r.rows.filter((row) => row.met === false);
    if (lagging.length === 0) return w(REPORT_WORDS.noLagging, { dimension: r.dimensionLabel, metric: r.metricLabel, target });
    const units = lagging.map((row) => w(REPORT_WORDS.unitFigure, { unit: row.label, value: row.shown })).join(w(REPORT_WORDS.listSeparator));
    return w(REPORT_WORDS.laggingUnits, { dimension: r.dimensionLabel, metric: r.metricLabel, target, count: lagging.length, units });
  });
}

/** A table of fixed column widths (twips summing to the text width), its header row repeated on each page. */
function fixedTable(widths: number[], header: string[], rows: string[][], font: { ascii: string; hAnsi: string; eastAsia: string; cs: string }): Table {
  const scale = TEXT_WIDTH / widths.reduce((a, b) => a + b, 0);
  const columns = widths.map((width) => Math.floor(width * scale));
  const cell = (text: string, index: number, head: boolean) =>
    new TableCell({
      width: { size: columns[index], type: WidthType.DXA },
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      ...(head ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: "E7E6E6" } } : {}),
      children: text.split("\n").map((line) => new Paragraph({ children: [new TextRun({ text: line, font, size: SIZE.table, bold: head })] })),
    });
  return new Table({
    width: { size: columns.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: columns,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((text, i) => cell(text, i, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, i, false)) })),
    ],
  });
}

/** 第 1 页 / 共 3 页, centred: the page fields Word and WPS fill in. */
function pageNumberLine(lang: Lang): Paragraph {
  const [before, middle, after] = renderText(REPORT_WORDS.pageOf, { page: "@@PAGE@@", pages: "@@PAGE@@" }, lang).split("@@PAGE@@");
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ children: [before, PageNumber.CURRENT, middle, PageNumber.TOTAL_PAGES, after], size: SIZE.small })],
  });
}
