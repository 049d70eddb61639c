// A record can hold a list pasted 200,000 times; one finding per entry would bury the report and
// cost more to locate than the lint itself. A rule that reports once per list entry reports the
// first MAX_REPORTS of each message, then one `more` finding with the count of the rest, at the
// first entry left out (so the count is where the unlisted ones begin).
import type { LocalizedText } from "../i18n/localized.js";
import type { ReportDescriptor } from "./types.js";

/** Findings of one message in one record, before the rest are counted instead. */
export const MAX_REPORTS = 100;

/** The `more` message every capped rule declares (`messages: { …, more: MORE_FINDINGS }`). */
export const MORE_FINDINGS: LocalizedText = {
  en: "{{count}} more {{count|finding|findings}} of this kind in this record {{count|is|are}} not listed one by one (the first {{limit}} are): correct those, then lint again.",
  "zh-CN": "本记录另有{{count}}处同类问题未逐一列出（已列出前{{limit}}处）；请先改正已列出的问题，再重新检查。",
};

export interface CappedReport<M extends string> {
  report(descriptor: ReportDescriptor<M>): void;
  /** Reports the `more` findings; call once, after the last report. */
  flush(): void;
}

/** `report`, capped at `limit` findings per message id (see above); `more` is the rule's id for MORE_FINDINGS. */
export function cappedReport<M extends string>(report: (descriptor: ReportDescriptor<M>) => void, more: NoInfer<M>, limit = MAX_REPORTS): CappedReport<M> {
  // Made on the first report: most records report nothing, and a rule runs once per record.
  let counts: Map<string, { reported: number; left: number; at?: ReportDescriptor<M> }> | undefined;
  return {
    report(descriptor) {
      counts ??= new Map();
      let count = counts.get(descriptor.messageId);
      if (!count) {
        count = { reported: 0, left: 0 };
        counts.set(descriptor.messageId, count);
      }
      if (count.reported < limit) {
        count.reported++;
        report(descriptor);
        return;
      }
      count.left++;
      count.at ??= descriptor;
    },
    flush() {
      if (!counts) return;
      for (const { left, at } of counts.values()) {
        if (left > 0 && at) report({ messageId: more, path: at.path, ...(at.anchor ? { anchor: at.anchor } : {}), data: { count: left, limit } });
      }
      counts = undefined;
    },
  };
}

/** Other places named in a catalog-wide finding (and listed in `related`); the rest are counted. */
export const MAX_RELATED = 20;

/**
 * " and 1234 more" after the names a catalog-wide finding lists; nothing when all are named.
 * `unit` is the Chinese measure word's noun (文件, 事项): Chinese counts what it leaves out.
 */
export function andMore(left: number, unit: "文件" | "事项"): LocalizedText | "" {
  return left > 0 ? { en: ` and ${left} more`, "zh-CN": `等另外${left}个${unit}` } : "";
}
