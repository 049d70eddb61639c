import type { Lang, LocalizedText } from "../i18n/localized.js";
import type { Anchor, JsonPath, MessageValue, Severity, ValueFix } from "../vocabulary.js";
import type { ReferenceLists } from "../lists/types.js";
import type { UnitFactors } from "../time/duration.js";
import type { BaseCatalog } from "../catalog/base-catalog.js";
import type { ItemFacts } from "../catalog/facts.js";
import type { ChannelComparison } from "../channels/channel-pass.js";

export interface ReportDescriptor<M extends string = string> {
  messageId: M;
  path: JsonPath;
  data?: Record<string, MessageValue>;
  anchor?: Anchor;
  fix?: ValueFix;
}

/** What an item rule gets: the parsed record (which may break the schema: check shapes), its options and the lists. */
export interface ItemRuleContext<M extends string = string, O = Record<string, unknown>> {
  item: Record<string, unknown>;
  options: O;
  lists: ReferenceLists;
  unitFactors: UnitFactors;
  report(descriptor: ReportDescriptor<M>): void;
}

export type RuleScope = "file" | "item" | "catalog" | "channel";

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

export interface RuleDefinition<M extends string = string, O = Record<string, unknown>> {
  /** Stable kebab-case id; part of the interface (configs, suppressions, reports name it). */
  id: string;
  scope: RuleScope;
  defaultSeverity: Severity;
  fixable: boolean;
  /** One line saying what the rule checks. */
  description: LocalizedText;
  /** The policy requirement it comes from (e.g. 承诺时限不得超过法定时限), if any. */
  policy?: string;
  messages: Record<M, LocalizedText>;
  /** JSON Schema of the rule's options object; validated when the config is loaded. */
  optionsSchema?: Record<string, unknown>;
  defaultOptions?: O;
  /** Item rules: a pure function over one record. File rules (yaml-syntax, schema) are run by the engine itself. */
  check?: (context: ItemRuleContext<M, O>) => void;
  /** Catalog and channel rules: a function over every item's facts (and the channel comparisons). */
  checkCatalog?: (context: CatalogRuleContext<M, O>) => void;
}

/** Identity function that fixes the message ids' type, so `report` only accepts declared ids. */
export function defineRule<M extends string, O = Record<string, unknown>>(
  rule: RuleDefinition<M, O>,
): RuleDefinition<M, O> {
  return rule;
}

export type AnyRule = RuleDefinition<string, any>;

// The rules' own files import the shared words from here, beside defineRule.
export type { Anchor, JsonPath, MessageValue, RuleLevel, Severity, ValueFix } from "../vocabulary.js";
export type { Lang };
