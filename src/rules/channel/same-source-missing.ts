import { defineRule } from "../types.js";
import { channelName } from "./same-source-mismatch.js";

/** An item listed for a channel in `publishedOn` must be published there. */
export default defineRule({
  id: "same-source-missing",
  title: { en: "Not published on a channel", "zh-CN": "事项未在应发布渠道公布" },
  scope: "channel",
  defaultSeverity: "error",
  fixable: false,
  description: {
    en: "An item lists a channel in publishedOn, but the channel's snapshot does not have it.",
    "zh-CN": "事项的发布渠道包含某渠道，但该渠道快照中没有此事项。",
  },
  policy: "同源发布：事项在各渠道全量发布",
  messages: {
    missing: {
      en: "The item must be published on {{channel}} (publishedOn), but the channel's snapshot does not show code {{code}}: publish it there, or remove the channel from publishedOn.",
      "zh-CN": "本事项应在{{channel}}发布（发布渠道），但该渠道快照中没有实施编码{{code}}；请在该渠道发布，或从发布渠道中删除该渠道。",
    },
  },
  checkCatalog({ items, channels, report }) {
    const byId = new Map(channels.filter((c) => c.exists).map((c) => [c.id, c]));
    for (const item of items) {
      if (!item.code) continue;
      item.publishedOn.forEach((id, index) => {
        const channel = byId.get(id);
        if (!channel || channel.records.has(item.code!)) return;
        report({
          messageId: "missing",
          target: { filePath: item.filePath, path: ["publishedOn", index], itemCode: item.code },
          channel: id,
          field: "publishedOn",
          data: { channel: channelName(id), code: item.code! },
        });
      });
    }
  },
});
