// The rules that need more than one file: run over every item's compact facts (and the channel
// snapshots) after the per-file pass, then located like any finding.
import path from "node:path";
import type { BaseCatalog } from "../catalog/base-catalog.js";
import type { ItemFacts } from "../catalog/facts.js";
import { type ChannelComparison, compareChannel } from "../channels/channel-pass.js";
import { rules } from "../rules/registry.js";
import { type AnyCatalogRule, type CatalogReport, type CatalogTarget, isCatalogRule } from "../rules/types.js";
import type { ComparedField } from "../channels/views/field-view.js";
import { displayPath } from "../source/display-path.js";
import { sortFindings, summarize } from "./result.js";
import { readSource } from "../source/read-source.js";
import { sourceProblemReport } from "./lint-source.js";
import { createLocator, type Locator } from "./positions.js";
import type { FileSettings, RuleSetting } from "./settings.js";
import type { FileResult, Finding, LintResult, Position, RelatedLocation } from "./result.js";

const CATALOG_RULES: readonly AnyCatalogRule[] = rules.filter(isCatalogRule);

/** One run of a catalog-wide rule, with one set of options (files configured alike share it). */
export interface CatalogRuleRun {
  rule: AnyCatalogRule;
  options: Record<string, unknown>;
  /** Identifies the options: a finding is kept for a file whose settings give the rule the same key. */
  key: string;
}

const optionKeys = new WeakMap<RuleSetting, string>();
function optionsKey(setting: RuleSetting): string {
  let key = optionKeys.get(setting);
  if (key === undefined) {
    key = JSON.stringify(setting.options);
    optionKeys.set(setting, key);
  }
  return key;
}

/**
 * The catalog-wide rules to run: each rule that any file's settings enable, once per distinct set
 * of options among those files (an `overrides` entry may turn a rule on or configure it for some
 * files only; the config's top level is not special).
 */
export function planCatalogRules(settings: Iterable<FileSettings>): CatalogRuleRun[] {
  const runs = new Map<string, CatalogRuleRun>();
  const distinct = new Set(settings);
  for (const rule of CATALOG_RULES) {
    for (const fileSettings of distinct) {
      const setting = fileSettings.rules.get(rule.id);
      if (!setting) continue;
      const key = optionsKey(setting);
      const id = `${rule.id}\u0000${key}`;
      if (!runs.has(id)) runs.set(id, { rule, options: setting.options, key });
    }
  }
  return [...runs.values()];
}

/** The fields whose views the planned rules read (channel rules only when channels are compared). */
export function factsNeeded(runs: readonly CatalogRuleRun[], withChannels: boolean): { fields: ComparedField[]; displayFields: ComparedField[] } {
  const fields = new Set<ComparedField>();
  // The catalog rules quote the master's value in their messages; the channel pass compares keys
  // and reads the master again for the few that differ, so it needs no display (~1.5 KB an item).
  const displayFields = new Set<ComparedField>();
  for (const { rule, options } of runs) {
    if (rule.scope === "channel" && !withChannels) continue;
    for (const field of rule.facts?.(options) ?? []) {
      fields.add(field);
      if (rule.scope === "catalog") displayFields.add(field);
    }
  }
  return { fields: [...fields], displayFields: [...displayFields] };
}

export interface CatalogPassInput {
  cwd: string;
  items: readonly ItemFacts[];
  channels: Readonly<Record<string, string>>;
  baseCatalog?: BaseCatalog;
  runs: readonly CatalogRuleRun[];
  settingsFor: (filePath: string) => FileSettings;
  /** True when the whole catalog was asked for; else findings are kept only for asked items. */
  wholeCatalog: boolean;
  /**
   * Whether this run reports what belongs to no master item: snapshot records of unknown items
   * (orphans) and broken snapshot files. In a run over part of the catalog orphans are left out;
   * of the shards of a CI matrix exactly one reports them, so every finding appears once.
   */
  unownedFindings?: { orphans: boolean; snapshotProblems: boolean };
}

export interface CatalogPassOutput {
  findings: Map<string, Finding[]>;
  channels: ChannelComparison[];
}

export function runCatalogPass(input: CatalogPassInput): CatalogPassOutput {
  const itemsByCode = new Map<string, ItemFacts>();
  for (const item of input.items) if (item.code && !itemsByCode.has(item.code)) itemsByCode.set(item.code, item);
  const needsChannels = input.runs.some((run) => run.rule.scope === "channel");
  const channels = needsChannels
    ? Object.entries(input.channels)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([id, location]) => compareChannel(id, location, itemsByCode))
    : [];
  const askedCodes = new Set(input.items.filter((i) => i.asked && i.code).map((i) => i.code));
  const askedFiles = new Set(input.items.filter((i) => i.asked).map((i) => i.filePath));
  const unowned = input.unownedFindings ?? { orphans: input.wholeCatalog, snapshotProblems: true };
  const ownedByAnItem = (report: CatalogReport) => report.target.itemCode !== undefined && itemsByCode.has(report.target.itemCode);
  const placer = createPlacer();
  const findings = new Map<string, Finding[]>();

  for (const { rule, options, key } of input.runs) {
    const reports: CatalogReport[] = [];
    rule.checkCatalog({ items: input.items, options, baseCatalog: input.baseCatalog, channels, report: (report) => reports.push(report) });
    for (const report of reports) {
      const { filePath } = report.target;
      // Report only on what was asked: the asked files, and channel copies of asked items.
      const asked =
        input.wholeCatalog ||
        askedFiles.has(filePath) ||
        (report.channel !== undefined && (askedCodes.has(report.target.itemCode) || (unowned.orphans && !ownedByAnItem(report))));
      if (!asked) continue;
      // The file's own settings decide: the rule must be on there, with the options of this run.
      const setting = input.settingsFor(filePath).rules.get(rule.id);
      if (!setting || optionsKey(setting) !== key) continue;
      const finding: Finding = {
        ruleId: rule.id,
        severity: setting.severity,
        messageId: report.messageId,
        data: report.data ?? {},
        path: report.target.path,
        ...unplaced(),
      };
      placer.place(report.target, finding);
      if (report.target.itemCode) finding.itemCode = report.target.itemCode;
      if (report.channel) finding.channel = report.channel;
      if (report.field) finding.field = report.field;
      if (report.related?.length) finding.related = report.related.map((r) => related(input.cwd, r, placer));
      // Pushed, not copied: a list snapshot may have a finding on each of 100,000 records.
      const inFile = findings.get(filePath);
      if (inFile) inFile.push(finding);
      else findings.set(filePath, [finding]);
    }
  }
  if (unowned.snapshotProblems) addSnapshotProblems(channels, input, findings, placer);
  placer.placeAll();
  return { findings, channels };
}

const PROBLEM_MESSAGES = { unreadable: "unreadable", syntax: "syntax", "not-a-record": "notSnapshotRecord" } as const;

/** A snapshot file that cannot be read is a finding on it, like any broken file: nothing is lost silently. */
function addSnapshotProblems(channels: readonly ChannelComparison[], input: CatalogPassInput, findings: Map<string, Finding[]>, placer: Placer): void {
  for (const channel of channels) {
    for (const problem of channel.problems) {
      if (problem.problem === "no-code") continue; // same-source-orphan reports those
      const setting = input.settingsFor(problem.filePath).rules.get("yaml-syntax");
      if (!setting) continue;
      // A file that is not UTF-8 text gets the words an item file would get.
      const report = problem.source ? sourceProblemReport(problem.source) : undefined;
      const messageId = report?.messageId ?? PROBLEM_MESSAGES[problem.problem];
      const data = report ? (report.data ?? {}) : messageId === "notSnapshotRecord" ? { channel: channel.id } : { detail: problem.detail };
      const position: Position = problem.line ? { line: problem.line, column: 1, endLine: problem.line, endColumn: 1 } : unplaced();
      const finding: Finding = {
        ruleId: "yaml-syntax",
        severity: setting.severity,
        messageId,
        data,
        path: problem.pathPrefix,
        channel: channel.id,
        ...position,
      };
      if (!problem.line && problem.problem === "not-a-record") placer.place({ filePath: problem.filePath, path: problem.pathPrefix }, finding);
      const inFile = findings.get(problem.filePath);
      if (inFile) inFile.push(finding);
      else findings.set(problem.filePath, [finding]);
    }
  }
}

function related(cwd: string, target: CatalogTarget, placer: Placer): RelatedLocation {
  const location: RelatedLocation = {
    file: displayPath(cwd, target.filePath),
    path: target.path,
    ...(target.itemCode ? { itemCode: target.itemCode } : {}),
    ...unplaced(),
  };
  placer.place(target, location);
  return location;
}

/** Line 1, column 1: where a finding stands until it is placed (and stays when its file cannot be read). */
const unplaced = (): Position => ({ line: 1, column: 1, endLine: 1, endColumn: 1 });

interface Placer {
  /** Fill in `into`'s position once placeAll runs (its position keys are already there, so its key order stays). */
  place(target: CatalogTarget, into: Position): void;
  placeAll(): void;
}

/**
 * Findings are placed after the rules have run, file by file: each file with findings is read and
 * parsed for positions once (a list snapshot only in the entries that have findings), and let go
 * before the next, so the parsed documents of thousands of files are never held together.
 */
function createPlacer(): Placer {
  const pending = new Map<string, { target: CatalogTarget; into: Position }[]>();
  return {
    place(target, into) {
      const requests = pending.get(target.filePath);
      if (requests) requests.push({ target, into });
      else pending.set(target.filePath, [{ target, into }]);
    },
    placeAll() {
      for (const [filePath, requests] of pending) {
        const read = readSource(filePath);
        const locator: Locator | undefined = read.ok ? createLocator(read.text, path.extname(filePath).toLowerCase() === ".json") : undefined;
        for (const { target, into } of requests) if (locator) Object.assign(into, locator.locate(target.path, target.anchor));
      }
      pending.clear();
    },
  };
}

/** The per-file results with the catalog-wide findings added (snapshot files get results of their own). */
export function mergeCatalogFindings(result: LintResult, cwd: string, extra: Map<string, Finding[]>): LintResult {
  const byPath = new Map<string, FileResult>(result.results.map((r) => [r.filePath, { ...r, findings: [...r.findings] }]));
  for (const [filePath, findings] of extra) {
    const existing = byPath.get(filePath) ?? { file: displayPath(cwd, filePath), filePath, findings: [] };
    existing.findings = sortFindings([...existing.findings, ...findings]);
    byPath.set(filePath, existing);
  }
  const results = [...byPath.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { ...result, results, summary: summarize(results) };
}
