import { COMPARED_FIELDS } from "../../channels/views/field-view.js";
import { describeField } from "../../i18n/field-labels.js";
import { visibleData } from "../../text/visible.js";
import { ENUM_LABELS } from "../../i18n/enum-labels.js";
import type { LocalizedText } from "../../i18n/localized.js";
import { readableDiff } from "../../text/char-diff.js";
import { defineRule } from "../types.js";

/** A channel's name in both languages: the well-known ids have Chinese names. */
export function channelName(id: string): LocalizedText {
  const known = ENUM_LABELS.channel[id];
  return known ? { en: `${id} (${known.en})`, "zh-CN": `${known["zh-CN"]}（${id}）` } : { en: id, "zh-CN": id };
}

/** Every channel shows what the master record says (同源发布). */
export default defineRule({
  id: "same-source-mismatch",
  title: { en: "Channel differs from the master record", "zh-CN": "渠道发布内容与主记录不一致" },
  scope: "channel",
  defaultSeverity: "error",
  fixable: false,
  description: {
    en: "A channel shows a field differently from the master record, after normalisation.",
    "zh-CN": "渠道发布的要素与主记录不一致（规范化后仍有差异）。",
  },
  policy: "同源发布：各渠道办事指南与事项管理系统同源、一致",
  facts: () => COMPARED_FIELDS,
  messages: {
    differs: {
      en: '{{channel}} shows {{field}} as "{{shown}}", but the master record says "{{master}}" ({{diff}}). Republish the channel from the master record.',
      "zh-CN": "{{channel}}展示的{{field}}为“{{shown}}”，与主记录“{{master}}”不一致（{{diff}}），请按主记录重新发布。",
    },
    differsInList: {
      en: "{{channel}} shows {{field}} differently from the master record: {{changes}}. Republish the channel from the master record.",
      "zh-CN": "{{channel}}展示的{{field}}与主记录不一致：{{changes}}。请按主记录重新发布。",
    },
  },
  checkCatalog({ channels, report }) {
    for (const channel of channels) {
      for (const m of channel.mismatches) {
        const base = {
          target: { filePath: m.channelAt.filePath, path: m.channelAt.path, itemCode: m.code },
          related: [{ filePath: m.masterFilePath, path: m.masterPath, itemCode: m.code }],
          channel: channel.id,
          field: m.field,
        };
        // master and shown travel with every finding, for `guidelint sources` and the reports.
        const common = {
          channel: channelName(channel.id),
          field: describeField(m.channelAt.path.slice(m.channelAt.pathPrefix.length)),
          master: m.master,
          shown: m.channel,
        };
        if (m.missing.length > 0 || m.extra.length > 0) {
          const changes: LocalizedText = {
            en: [
              m.missing.length ? `missing ${m.missing.map((x) => `"${x}"`).join(", ")}` : "",
              m.extra.length ? `not in the master record ${m.extra.map((x) => `"${x}"`).join(", ")}` : "",
            ]
              .filter(Boolean)
              .join("; "),
            "zh-CN": [
              m.missing.length ? `缺少${m.missing.map((x) => `“${x}”`).join("、")}` : "",
              m.extra.length ? `多出主记录没有的${m.extra.map((x) => `“${x}”`).join("、")}` : "",
            ]
              .filter(Boolean)
              .join("；"),
          };
          // Values quoted into the message: an invisible character in them is named.
          report({ ...base, messageId: "differsInList", data: visibleData({ ...common, changes }) });
        } else {
          report({ ...base, messageId: "differs", data: visibleData({ ...common, diff: readableDiff(m.master, m.channel) }) });
        }
      }
    }
  },
});
