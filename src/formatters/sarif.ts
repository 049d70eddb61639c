// SARIF 2.1.0 for GitHub code scanning (docs/ci-formats.md): one run, every rule with its docs
// link (when known), results with repo-relative URIs, UTF-16 columns and fingerprints that survive line moves.
import { createHash } from "node:crypto";
import type { CellLocation, Finding, LintResult } from "../engine/result.js";
import { formatPath } from "../i18n/field-labels.js";
import { findingMessage } from "../i18n/finding-message.js";
import { type Lang, otherLang } from "../i18n/localized.js";
import { OUTPUT_WORDS } from "../i18n/output-words.js";
import { renderText } from "../i18n/render.js";
import { rules } from "../rules/registry.js";
import { cellLabel, withCell } from "../engine/cell-label.js";
import { ruleDocsUrl } from "./docs-url.js";
import { rulePascalName, ruleTitle } from "./rule-names.js";
import type { Formatter } from "./types.js";

const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
/** GitHub code scanning keeps at most this many results per run. */
export const SARIF_MAX_RESULTS = 25_000;

/**
 * `catalog/a b.yaml` → `catalog/a%20b.yaml`: forward slashes, no `./`, each segment encoded. A lone
 * surrogate (no UTF-8 for it) becomes U+FFFD first: encodeURIComponent throws on one.
 */
export function artifactUri(file: string): string {
  const clean = file
    .replace(/[\ud800-\udfff]/gu, "\ufffd")
    .replace(/\\/g, "/")
    .replace(/^(\.\/)+/, "");
  return clean.split("/").map(encodeURIComponent).join("/");
}

/**
 * What identifies a finding across runs, independent of its line: the rule, the item code
 * (the file when there is none, e.g. a file that does not parse), the channel and the JSON path.
 */
function findingKey(file: string, finding: Finding): string {
  return [finding.ruleId, finding.itemCode ?? `file:${file}`, finding.channel ?? "", formatPath(finding.path)].join("\u0000");
}

/**
 * One fingerprint per finding, in output order: a hash of its key, and when the same key occurs
 * again (the same field flagged twice) the occurrence number goes into the hash, so every
 * fingerprint is unique and the same input always gives the same fingerprints.
 */
export function fingerprints(result: LintResult): string[][] {
  const seen = new Map<string, number>();
  return result.results.map((file) =>
    file.findings.map((finding) => {
      const key = findingKey(file.file, finding);
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      return createHash("sha256")
        .update(n === 1 ? key : `${key}\u0000${n}`)
        .digest("hex")
        .slice(0, 32);
    }),
  );
}

function fileLocation(file: string, finding: Finding) {
  return {
    physicalLocation: { artifactLocation: { uri: artifactUri(file) }, region: region(finding) },
    ...(finding.path.length > 0 ? { logicalLocations: [{ fullyQualifiedName: formatPath(finding.path), kind: "member" }] } : {}),
  };
}

/**
 * A workbook is no text file: a line/column region in it would mislead a viewer, so the result
 * points at the workbook alone, the cell as its logical location (and in the message).
 */
function cellLocation(file: string, finding: Finding, cell: CellLocation) {
  return {
    physicalLocation: { artifactLocation: { uri: artifactUri(file) } },
    logicalLocations: [{ name: cellLabel(cell), fullyQualifiedName: `${cellLabel(cell)}/${formatPath(finding.path)}`, kind: "element" }],
  };
}

type SarifLevel = "error" | "warning" | "note";
const level = (severity: string): SarifLevel => (severity === "error" ? "error" : severity === "warning" ? "warning" : "note");

/** SARIF regions are 1-based with endColumn ≥ startColumn on one line; clamp odd positions. */
function region(p: { line: number; column: number; endLine: number; endColumn: number }) {
  const startLine = Math.max(1, p.line);
  const startColumn = Math.max(1, p.column);
  const endLine = Math.max(startLine, p.endLine || startLine);
  const endColumn = endLine === startLine ? Math.max(startColumn, p.endColumn || startColumn) : Math.max(1, p.endColumn || 1);
  return { startLine, startColumn, endLine, endColumn };
}

/** Which results survive the cap first: errors, then warnings, then the rest. */
const severityRank = (severity: string): number => (severity === "error" ? 0 : severity === "warning" ? 1 : 2);

/**
 * A rule as SARIF describes it: `name` an identifier apart from the id (SARIF1001), the short title
 * as shortDescription, the description in both languages (and the policy) as fullDescription, and
 * the docs page only when one is known (see docs-url.ts).
 */
function ruleDescriptor(id: string, lang: Lang, docsUrl: string | undefined) {
  const rule = rules.find((r) => r.id === id);
  const helpUri = ruleDocsUrl(docsUrl, id);
  const short = ruleTitle(id, lang) ?? rule?.description[lang] ?? id;
  const other = otherLang(lang);
  const full = rule ? `${rule.description[lang]} ${rule.description[other]}${rule.policy ? ` (${rule.policy})` : ""}` : id;
  return {
    id,
    name: rulePascalName(id),
    shortDescription: { text: short },
    fullDescription: { text: full },
    help: helpUri ? { text: `${full}\n${helpUri}`, markdown: `${full}\n\n[${id}](${helpUri})` } : { text: full },
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level: level(rule?.defaultSeverity ?? "warning") },
    properties: { tags: ["guidelint"] },
  };
}

export const sarif: Formatter = (result, { lang, version, docsUrl, homepage }) => {
  const ids = rules.map((r) => r.id);
  for (const file of result.results) for (const f of file.findings) if (!ids.includes(f.ruleId)) ids.push(f.ruleId);
  const index = new Map(ids.map((id, i) => [id, i]));
  const prints = fingerprints(result);
  const all = result.results.flatMap((file, fi) => file.findings.map((finding, i) => ({ file, finding, print: prints[fi][i] })));
  const total = all.length;
  // Past GitHub's cap the results kept are the errors first, then warnings, then the rest: cut in
  // file order, a catalog with many warnings early on would lose its errors. Stable, so each
  // severity keeps file order, and under the cap the order is the files' own.
  const kept =
    total > SARIF_MAX_RESULTS ? [...all].sort((a, b) => severityRank(a.finding.severity) - severityRank(b.finding.severity)).slice(0, SARIF_MAX_RESULTS) : all;
  const results = kept.map(({ file, finding, print }) => ({
    ruleId: finding.ruleId,
    ruleIndex: index.get(finding.ruleId),
    level: level(finding.severity),
    message: { text: withCell(finding, findingMessage(finding, lang)) },
    locations: [finding.cell ? cellLocation(file.file, finding, finding.cell) : fileLocation(file.file, finding)],
    partialFingerprints: { "guidelint/v1": print },
    ...(finding.related && finding.related.length > 0
      ? {
          relatedLocations: finding.related.map((r, id) => ({
            id,
            physicalLocation: { artifactLocation: { uri: artifactUri(r.file) }, region: region(r) },
            message: { text: [r.itemCode, r.path ? formatPath(r.path) : undefined].filter(Boolean).join(" ") || r.file },
          })),
        }
      : {}),
    properties: {
      ...(finding.cell ? { cell: cellLabel(finding.cell) } : {}),
      ...(finding.origin ? { origin: `${finding.origin.file} ${finding.origin.place}` } : {}),
      ...(finding.itemCode ? { itemCode: finding.itemCode } : {}),
      path: formatPath(finding.path),
      ...(finding.channel ? { channel: finding.channel } : {}),
      ...(finding.field ? { field: finding.field } : {}),
    },
  }));
  const notifications: unknown[] = [];
  if (total > SARIF_MAX_RESULTS) {
    notifications.push({
      level: "warning",
      message: {
        text: renderText(OUTPUT_WORDS.sarifCapped, { total, max: SARIF_MAX_RESULTS }, lang),
      },
    });
  }
  for (const error of result.toolErrors) {
    notifications.push({ level: "error", message: { text: `${error.file ? `${error.file}: ` : ""}${error.message}` } });
  }
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "guidelint",
            semanticVersion: version,
            ...(homepage ? { informationUri: homepage } : {}),
            rules: ids.map((id) => ruleDescriptor(id, lang, docsUrl)),
          },
        },
        invocations: [
          {
            executionSuccessful: result.toolErrors.length === 0,
            ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
