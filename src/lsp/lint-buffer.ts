// Every finding of one open buffer, on its unsaved text: the item rules run on the text itself, and
// the catalog-wide and same-source rules on the workspace's facts with the buffer's own facts in
// place of its file's. Suppression comments in the buffer then apply to both, as in a run.
import { readFileSync } from "node:fs";
import path from "node:path";
import { extractFacts, type ItemFacts } from "../catalog/facts.js";
import { runCatalogPass } from "../engine/catalog-pass.js";
import { checkSource } from "../engine/lint-source.js";
import { createLocator } from "../engine/positions.js";
import type { FileResult, Finding, Position } from "../engine/result.js";
import { sortFindings } from "../engine/result.js";
import { applyFileDirectives } from "../engine/suppressions.js";
import { displayPath } from "../source/display-path.js";
import type { Workspace } from "./workspace.js";

export interface BufferLint {
  result: FileResult;
  /** Rule failures (our bugs), for the server's log. */
  toolErrors: string[];
}

export function lintBuffer(workspace: Workspace, filePath: string, text: string): BufferLint {
  const ref = { file: displayPath(workspace.cwd, filePath), filePath };
  const settings = workspace.settingsFor(filePath);
  const checked = checkSource(text, ref, settings);
  const findings = [...checked.result.findings];
  if (workspace.runs.length > 0 && checked.record && workspace.needs.fields) {
    const own = extractFacts(checked.record, ref, true, workspace.needs.fields, workspace.needs.displayFields);
    findings.push(...catalogFindings(workspace, own, text));
  }
  const result = applyFileDirectives({ ...checked.result, findings: sortFindings(findings) }, settings, false);
  return { result, toolErrors: checked.toolErrors.map((e) => e.message) };
}

/** The catalog-wide and channel findings on the buffer's item, placed in the buffer's text. */
function catalogFindings(workspace: Workspace, own: ItemFacts, text: string): Finding[] {
  const catalogRuns = workspace.runs.filter((run) => run.rule.scope !== "channel");
  // The catalog rules this server knows relate an item only to those with its code or basic code:
  // those items are all a keystroke needs (a 20,000-item catalog is then a few items, not 20,000).
  // A rule not known to do so sees the whole catalog.
  const items = catalogRuns.every((run) => RELATED_BY_CODES.has(run.rule.id))
    ? [...workspace.relatedFacts(own), own]
    : [...[...workspace.allFacts()].filter((f) => f.filePath !== own.filePath), own];
  const channelRuns = workspace.runs.filter((run) => run.rule.scope === "channel");
  const common = { cwd: workspace.cwd, settingsFor: workspace.settingsFor, wholeCatalog: false, unownedFindings: { orphans: false, snapshotProblems: false } };
  const found: Finding[] = [];
  if (catalogRuns.length > 0) {
    const pass = runCatalogPass({ ...common, items, channels: {}, baseCatalog: workspace.baseCatalog, runs: catalogRuns });
    found.push(...(pass.findings.get(own.filePath) ?? []));
  }
  if (channelRuns.length > 0 && own.code) {
    // Only the buffer's item is compared, and only with the snapshot files that show its code: a
    // keystroke never reads a whole channel.
    const pass = runCatalogPass({ ...common, items: [own], channels: workspace.channelsFor(own.code), runs: channelRuns });
    for (const [filePath, findings] of pass.findings) {
      if (filePath === own.filePath) found.push(...findings);
      else found.push(...findings.flatMap((f) => onMaster(f, filePath, own.filePath, workspace)));
    }
  }
  return placeInBuffer(found, own.filePath, text);
}

/**
 * A channel's copy that differs is reported on the snapshot file; the master's author, editing the
 * master, sees it too: on the master's field, the channel's place as the related location.
 */
function onMaster(finding: Finding, snapshotPath: string, masterPath: string, workspace: Workspace): Finding[] {
  const { cwd } = workspace;
  const master = finding.related?.find((r) => path.resolve(cwd, r.file) === masterPath);
  if (!finding.channel || !master) return [];
  // A list file's entry was read from a copy of its own: the place is put back in the list file.
  const start = workspace.snapshotPlace(snapshotPath, finding.line);
  const end = workspace.snapshotPlace(snapshotPath, finding.endLine);
  const channelPlace = {
    file: displayPath(cwd, start.filePath),
    path: finding.path,
    line: start.line,
    column: finding.column,
    endLine: end.line,
    endColumn: finding.endColumn,
  };
  return [{ ...finding, path: master.path ?? [], ...positionOf(master), related: [channelPlace] }];
}

const positionOf = (p: Position): Position => ({ line: p.line, column: p.column, endLine: p.endLine, endColumn: p.endColumn });

/** Catalog rules whose findings on an item depend only on the items sharing its code or basic code. */
const RELATED_BY_CODES = new Set(["code-unique", "cross-level-consistency", "base-catalog-match"]);

/**
 * The pass placed the findings by the file as saved; the buffer's text may differ. Each is placed
 * again by its path in the buffer, on the key or the value as the pass chose.
 */
function placeInBuffer(findings: Finding[], filePath: string, text: string): Finding[] {
  if (findings.length === 0) return findings;
  let saved: ReturnType<typeof createLocator> | undefined;
  try {
    saved = createLocator(readFileSync(filePath, "utf8"));
  } catch {
    saved = undefined; // a new file: not on disk yet
  }
  const buffer = createLocator(text);
  return findings.map((finding) => {
    const onKey = saved !== undefined && samePlace(saved.locate(finding.path, "key"), finding) && !samePlace(saved.locate(finding.path), finding);
    return { ...finding, ...buffer.locate(finding.path, onKey ? "key" : undefined) };
  });
}

const samePlace = (a: Finding | ReturnType<ReturnType<typeof createLocator>["locate"]>, b: Finding) =>
  a.line === b.line && a.column === b.column && a.endLine === b.endLine && a.endColumn === b.endColumn;
