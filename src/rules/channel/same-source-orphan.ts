import { defineRule } from "../types.js";
import { channelName } from "./same-source-mismatch.js";

/** A channel must not keep showing items the catalog no longer has (withdrawn or stale). */
export default defineRule({
  id: "same-source-orphan",
  title: { en: "Channel shows an item with no master record", "zh-CN": "渠道发布了无主记录的事项" },
  scope: "channel",
  defaultSeverity: "warning",
  fixable: false,
  description: {
    en: "A channel publishes an item whose code is not in the catalog (withdrawn or stale).",
    "zh-CN": "渠道发布了目录中不存在的事项（已取消或过期）。",
  },
  policy: "同源发布：已取消事项各渠道同步下线",
  messages: {
    orphan: {
      en: "{{channel}} still shows code {{code}}, which is not in the catalog: take it down if the item was withdrawn, or correct the code.",
      "zh-CN": "{{channel}}仍在展示实施编码{{code}}，但目录中没有该事项；如事项已取消请下线，否则请更正编码。",
    },
    noCode: {
      en: "This record of {{channel}} has no implementation code (code), so it cannot be matched with the catalog: add the code.",
      "zh-CN": "{{channel}}的这条记录没有实施编码（code），无法与目录对应，请补充实施编码。",
    },
  },
  checkCatalog({ items, channels, report }) {
    const codes = new Set(items.map((i) => i.code));
    for (const channel of channels) {
      for (const [code, ref] of channel.records) {
        if (codes.has(code)) continue;
        report({
          messageId: "orphan",
          target: { filePath: ref.filePath, path: [...ref.pathPrefix, "code"], itemCode: code },
          channel: channel.id,
          data: { channel: channelName(channel.id), code },
        });
      }
      for (const problem of channel.problems) {
        if (problem.problem !== "no-code") continue;
        report({
          messageId: "noCode",
          target: { filePath: problem.filePath, path: problem.pathPrefix },
          channel: channel.id,
          data: { channel: channelName(channel.id) },
        });
      }
    }
  },
});
