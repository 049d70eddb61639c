import type { LocalizedText } from "../i18n/localized.js";
import type { Anchor, JsonPath, MessageValue, Severity, Suggestion, ValueFix } from "../vocabulary.js";
import type { ReferenceLists } from "../lists/types.js";
import type { UnitFactors } from "../time/duration.js";
import type { BaseCatalog } from "../catalog/base-catalog.js";
import type { ItemFacts } from "../catalog/facts.js";
import type { ChannelComparison } from "../channels/channel-pass.js";
import type { ComparedField } from "../channels/views/field-view.js";

export interface ReportDescriptor<M extends string = string> {
  messageId: M;
  path: JsonPath;
  data?: Record<string, MessageValue>;
  anchor?: Anchor;
  fix?: ValueFix;
  suggestions?: Suggestion[];
}

/** What an item rule gets: the parsed record (which may break the schema: check shapes), its options and the lists. */
export interface ItemRuleContext<M extends string = string, O = Record<string, unknown>> {
  item: Record<string, unknown>;
  options: O;
  lists: ReferenceLists;
  unitFactors: UnitFactors;
  report(descriptor: ReportDescriptor<M>): void;
}

/** A place a catalog-wide finding points at: a node of some file (a master record or a snapshot). */
export interface CatalogTarget {
  filePath: string;
  path: JsonPath;
  anchor?: Anchor;
  itemCode?: string;
}

export interface CatalogReport<M extends string = string> {
  messageId: M;
  target: CatalogTarget;
  data?: Record<string, MessageValue>;
  /** The other places involved: the other copies of a code, the master record, the rest of a group. */
  related?: CatalogTarget[];
  channel?: string;
  field?: string;
}

/** What a catalog or channel rule gets: compact facts of every item, and what the run loaded. */
export interface CatalogRuleContext<M extends string = string, O = Record<string, unknown>> {
  items: readonly ItemFacts[];
  options: O;
  baseCatalog?: BaseCatalog;
  channels: readonly ChannelComparison[];
  report(report: CatalogReport<M>): void;
}

/** What every rule declares, whatever it runs over. */
interface RuleMeta<M extends string, O> {
  /** Stable kebab-case id; part of the interface (configs, suppressions, reports name it). */
  id: string;
  defaultSeverity: Severity;
  fixable: boolean;
  /** Its findings may carry suggestions (changes applied only on request: `fix --unsafe`, the editor). */
  hasSuggestions?: boolean;
  /** One line saying what the rule checks. */
  /** A short name (申请材料含兜底表述): what reports and annotated workbooks show beside the id. Every built-in rule has one; a custom rule may go without (its description stands in). */
  title?: LocalizedText;
  description: LocalizedText;
  /** The policy requirement it comes from (e.g. 承诺时限不得超过法定时限), if any. */
  policy?: string;
  messages: Record<M, LocalizedText>;
  /** JSON Schema of the rule's options object; validated when the config is loaded. */
  optionsSchema?: Record<string, unknown>;
  defaultOptions?: O;
  /**
   * Options that the config's top-level keys or the active profile imply (`codeFormat`, the
   * profile's compression target). The config's own `rules` entries are applied after them.
   */
  optionsFromConfig?: (config: ConfigContext) => Partial<O> | undefined;
}

/** What of the config a rule may read to derive its options. */
export interface ConfigContext {
  codeFormat?: "national" | "local" | { pattern: string };
  /** The active profile's targets, keyed by metric id (shares and compression as 0–1). */
  profileTargets: Readonly<Record<string, { min?: number; max?: number } | undefined>>;
}

/** yaml-syntax, schema, disable-directive: run by the engine itself, declared here for their words and settings. */
export interface FileRule<M extends string = string, O = Record<string, unknown>> extends RuleMeta<M, O> {
  scope: "file";
}

/** A pure function over one record. */
export interface ItemRule<M extends string = string, O = Record<string, unknown>> extends RuleMeta<M, O> {
  scope: "item";
  check: (context: ItemRuleContext<M, O>) => void;
}

/** A function over every item's compact facts (and, for channel rules, the channel comparisons). */
export interface CatalogRule<M extends string = string, O = Record<string, unknown>> extends RuleMeta<M, O> {
  scope: "catalog" | "channel";
  checkCatalog: (context: CatalogRuleContext<M, O>) => void;
  /**
   * The fields whose comparable views the rule reads from the facts (building views is the
   * costliest part of the facts). Channel rules are given every field when channels are compared.
   */
  facts?: (options: O) => readonly ComparedField[];
}

export type RuleDefinition<M extends string = string, O = Record<string, unknown>> = FileRule<M, O> | ItemRule<M, O> | CatalogRule<M, O>;

/**
 * Identity function that fixes the message ids' type, so `report` only accepts declared ids; the
 * overloads keep the rule's scope in its type (an item rule must have `check`, a catalog rule
 * `checkCatalog`), also when the message ids and options are given explicitly.
 */
export function defineRule<M extends string, O = Record<string, unknown>>(rule: ItemRule<M, O>): ItemRule<M, O>;
export function defineRule<M extends string, O = Record<string, unknown>>(rule: CatalogRule<M, O>): CatalogRule<M, O>;
export function defineRule<M extends string, O = Record<string, unknown>>(rule: FileRule<M, O>): FileRule<M, O>;
export function defineRule<M extends string, O>(rule: RuleDefinition<M, O>): RuleDefinition<M, O> {
  return rule;
}

// A rule of any options type: each rule's `check` takes its own options, so the list of all rules
// cannot name one options type (unknown would make every rule's check unassignable).
// biome-ignore lint/suspicious/noExplicitAny: see above.
export type AnyRule = RuleDefinition<string, any>;
// biome-ignore lint/suspicious/noExplicitAny: as AnyRule.
export type AnyItemRule = ItemRule<string, any>;
// biome-ignore lint/suspicious/noExplicitAny: as AnyRule.
export type AnyCatalogRule = CatalogRule<string, any>;

export const isItemRule = (rule: AnyRule): rule is AnyItemRule => rule.scope === "item";
export const isCatalogRule = (rule: AnyRule): rule is AnyCatalogRule => rule.scope === "catalog" || rule.scope === "channel";
