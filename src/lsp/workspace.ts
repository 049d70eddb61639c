// The catalog as the language server holds it: every file's compact facts from one pass at
// startup (through the cache when one is configured), kept current file by file as files change on
// disk. An open buffer's facts stand in for its file's when its findings are computed (lint-buffer.ts).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import picomatch from "picomatch";
import { loadBaseCatalog, type BaseCatalog } from "../catalog/base-catalog.js";
import { discoverFiles } from "../catalog/discover.js";
import type { ItemFacts } from "../catalog/facts.js";
import { resolveTarget } from "../catalog/target.js";
import { compareChannel } from "../channels/channel-pass.js";
import { entrySlice, jsonListEntries, yamlListEntries } from "../channels/list-entries.js";
import { createSettingsResolver } from "../config/rule-settings.js";
import type { ResolvedConfig } from "../config/types.js";
import { type CatalogRuleRun, factsNeeded, planCatalogRules } from "../engine/catalog-pass.js";
import type { FileSettings } from "../engine/settings.js";
import { checkFile, type OutcomeNeeds } from "../pipeline/file-outcome.js";
import { runFilePass } from "../pipeline/file-pass.js";
import { isExportFile } from "../pipeline/export-items.js";
import { type CacheOptions, OutcomeCache } from "../pipeline/outcome-cache.js";
import { displayPath } from "../source/display-path.js";
import type { JsonPath } from "../vocabulary.js";

export interface WorkspaceOptions {
  cwd: string;
  configFile?: string;
  cache?: CacheOptions;
}

/** The catalog's facts and what is needed to run the catalog-wide rules over them again. */
export class Workspace {
  /** Facts of each catalog file as saved on disk, by absolute path (insertion order: the pass's file order). */
  private readonly facts = new Map<string, ItemFacts>();
  /** The files that hold each code and each basic code: how the catalog rules relate items. */
  private readonly byCode = new Map<string, Set<string>>();
  private readonly byBaseCode = new Map<string, Set<string>>();
  /** Where each channel's snapshot shows each code: an edit re-reads only the snapshot file of its item. */
  private readonly channelRecords = new Map<string, ReadonlyMap<string, { filePath: string; pathPrefix: JsonPath }>>();
  /** A list snapshot's entry for one code, copied to a file of its own: `${channel}\0${code}` → that file. */
  private readonly entryFiles = new Map<string, string>();
  /** Each copied entry's file → the list file and the line its entry starts on there. */
  private readonly entryOrigins = new Map<string, { filePath: string; line: number }>();
  private scratch?: string;
  baseCatalog?: BaseCatalog;
  runs: CatalogRuleRun[] = [];
  needs: OutcomeNeeds = { metrics: false };
  settingsFor: (filePath: string) => FileSettings;
  private isCatalogFile: (filePath: string) => boolean = () => false;

  private constructor(
    readonly cwd: string,
    readonly config: ResolvedConfig,
    private readonly cache: OutcomeCache | undefined,
  ) {
    this.settingsFor = createSettingsResolver(config);
  }

  /** The startup pass: every catalog file checked once (or taken from the cache), its facts kept. */
  static async open(options: WorkspaceOptions): Promise<Workspace> {
    const cwd = path.resolve(options.cwd);
    const target = await resolveTarget({ cwd, paths: [], configFile: options.configFile });
    // With no config and no ./catalog, resolveTarget stands in the sample catalog: an editor on
    // such a folder has no catalog, and its buffers get the per-item rules only.
    const config = target.config;
    const workspace = new Workspace(cwd, config, options.cache ? OutcomeCache.open(options.cache) : undefined);
    workspace.isCatalogFile = catalogMatcher(cwd, config, target.embeddedCatalog !== undefined);
    const files = target.embeddedCatalog ? [] : target.files.filter((f) => !isExportFile(f));
    await workspace.check(files);
    return workspace;
  }

  /** Every file's facts (the file pass's order). */
  allFacts(): IterableIterator<ItemFacts> {
    return this.facts.values();
  }

  /** The facts of the files that share a code or a basic code with `item` (not `item`'s own file). */
  relatedFacts(item: ItemFacts): ItemFacts[] {
    const files = new Set<string>();
    for (const [index, key] of [
      [this.byCode, item.code],
      [this.byBaseCode, item.baseCode],
    ] as const) {
      if (key) for (const file of index.get(key) ?? []) files.add(file);
    }
    files.delete(item.filePath);
    return [...files].map((file) => this.facts.get(file)!);
  }

  /**
   * Each channel as the one snapshot file that shows `code`, so that a keystroke never reads a
   * whole channel: an item file as it is, an entry of a list file (30 MB for 20,000 records) copied
   * once to a file of its own, an empty folder when the channel does not show the code. A channel
   * whose snapshot is missing is left out (it is not compared at all).
   */
  channelsFor(code: string): Record<string, string> {
    const channels: Record<string, string> = {};
    for (const id of Object.keys(this.config.channels)) {
      const records = this.channelRecords.get(id);
      if (!records) continue;
      const ref = records.get(code);
      if (!ref) channels[id] = this.scratchDir();
      else if (ref.pathPrefix.length === 0) channels[id] = ref.filePath;
      else channels[id] = this.entryFile(id, code, ref.filePath, ref.pathPrefix[0]);
    }
    return channels;
  }

  /** Where a place in a copied entry's file is in its list file (other places as they are). */
  snapshotPlace(filePath: string, line: number): { filePath: string; line: number } {
    const origin = this.entryOrigins.get(filePath);
    return origin ? { filePath: origin.filePath, line: origin.line + line - 1 } : { filePath, line };
  }

  private entryFile(id: string, code: string, listFile: string, index: JsonPath[number]): string {
    const key = `${id}\u0000${code}`;
    const known = this.entryFiles.get(key);
    if (known) return known;
    const text = readFileSync(listFile, "utf8");
    const json = path.extname(listFile).toLowerCase() === ".json";
    const entries = json ? jsonListEntries(text) : yamlListEntries(text);
    // A list the scan is not sure of is read whole, as the run reads it.
    if (!entries || typeof index !== "number" || index >= entries.starts.length) return listFile;
    const file = path.join(this.scratchDir(), `${this.entryFiles.size}${json ? ".json" : ".yaml"}`);
    writeFileSync(file, entrySlice(text, entries, index).text);
    this.entryFiles.set(key, file);
    this.entryOrigins.set(file, { filePath: listFile, line: entries.lines[index] });
    return file;
  }

  /** The copied entries go with the server. */
  dispose(): void {
    if (this.scratch) rmSync(this.scratch, { recursive: true, force: true });
    this.scratch = undefined;
    this.entryFiles.clear();
    this.entryOrigins.clear();
  }

  private scratchDir(): string {
    this.scratch ??= mkdtempSync(path.join(tmpdir(), "guidelint-lsp-"));
    return this.scratch;
  }

  private setFacts(filePath: string, facts: ItemFacts | undefined): void {
    const old = this.facts.get(filePath);
    if (old) {
      if (old.code) this.byCode.get(old.code)?.delete(filePath);
      if (old.baseCode) this.byBaseCode.get(old.baseCode)?.delete(filePath);
      this.facts.delete(filePath);
    }
    if (!facts) return;
    this.facts.set(filePath, facts);
    if (facts.code) addTo(this.byCode, facts.code, filePath);
    if (facts.baseCode) addTo(this.byBaseCode, facts.baseCode, filePath);
  }

  /** Whether a buffer at this path is an item of the catalog (a new, unsaved one too). */
  covers(filePath: string): boolean {
    return this.facts.has(filePath) || this.isCatalogFile(filePath);
  }

  /** Files changed, created or deleted on disk: their facts again; a config or snapshot change, everything. */
  async refresh(changed: readonly string[]): Promise<void> {
    const channelFiles = Object.values(this.config.channels);
    const touchesWhole = changed.some(
      (f) => f === this.config.configFile || f === this.config.baseCatalog || channelFiles.some((c) => f === c || f.startsWith(`${c}${path.sep}`)),
    );
    if (touchesWhole) {
      for (const file of [...this.facts.keys()]) this.setFacts(file, undefined);
      const files = await discoverFiles({ cwd: this.cwd, config: this.config, paths: [] });
      await this.check(files.filter((f) => !isExportFile(f)));
      return;
    }
    for (const filePath of changed) {
      if (!existsSync(filePath) || !this.covers(filePath)) {
        this.setFacts(filePath, undefined);
        continue;
      }
      const outcome = checkFile({ file: displayPath(this.cwd, filePath), filePath }, this.settingsFor(filePath), this.needs);
      this.setFacts(filePath, outcome.facts ? { ...outcome.facts, asked: false } : undefined);
    }
  }

  private async check(files: string[]): Promise<void> {
    const settings = files.map(this.settingsFor);
    const channels = this.config.channels;
    this.runs = planCatalogRules([...settings, ...Object.values(channels).map(this.settingsFor)]);
    const facts = this.runs.length > 0 ? factsNeeded(this.runs, Object.keys(channels).length > 0) : undefined;
    this.needs = { fields: facts?.fields, displayFields: facts?.displayFields, metrics: false };
    const outcomes = await runFilePass(files, settings, { cwd: this.cwd, needs: this.needs, cache: this.cache, concurrency: "auto" });
    if (this.cache) {
      this.cache.keepOnly(new Set(files));
      try {
        this.cache.save();
      } catch {
        // A cache that cannot be written costs the next start time, nothing else.
      }
    }
    for (const outcome of outcomes) if (outcome.facts) this.setFacts(outcome.result.filePath, { ...outcome.facts, asked: false });
    this.baseCatalog = this.config.baseCatalog && existsSync(this.config.baseCatalog) ? loadBaseCatalog(this.config.baseCatalog, this.cwd) : undefined;
    this.indexChannels();
  }

  /** Which snapshot file shows which code, from one comparison of each channel with the catalog. */
  private indexChannels(): void {
    this.channelRecords.clear();
    this.entryFiles.clear();
    this.entryOrigins.clear();
    if (!this.runs.some((run) => run.rule.scope === "channel")) return;
    const byCode = new Map<string, ItemFacts>();
    for (const item of this.facts.values()) if (item.code && !byCode.has(item.code)) byCode.set(item.code, item);
    for (const [id, location] of Object.entries(this.config.channels)) {
      if (existsSync(location)) this.channelRecords.set(id, compareChannel(id, location, byCode).records);
    }
  }
}

function addTo(index: Map<string, Set<string>>, key: string, filePath: string): void {
  const files = index.get(key);
  if (files) files.add(filePath);
  else index.set(key, new Set([filePath]));
}

/** The catalog's globs (else ./catalog), less its ignores: which paths are items. */
function catalogMatcher(cwd: string, config: ResolvedConfig, embedded: boolean): (filePath: string) => boolean {
  if (embedded) return () => false;
  const base = config.catalog ? config.baseDir : cwd;
  const globs = config.catalog ?? ["catalog/**/*.{yaml,yml}"];
  const included = picomatch(globs, { dot: false });
  const ignored = config.ignore.length > 0 ? picomatch(config.ignore) : () => false;
  return (filePath) => {
    const relative = path.relative(base, filePath).split(path.sep).join("/");
    return !relative.startsWith("..") && included(relative) && !ignored(relative) && /\.ya?ml$/i.test(filePath);
  };
}
