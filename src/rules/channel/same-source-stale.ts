import type { ChannelStale } from "../../channels/channel-pass.js";
import { visibleData } from "../../text/visible.js";
import { defineRule } from "../types.js";
import { channelName } from "./same-source-mismatch.js";

/** A channel shows the item's current version, not an older copy (同源发布: 同步更新). */
export default defineRule({
  id: "same-source-stale",
  title: { en: "Channel shows an older version", "zh-CN": "渠道展示的事项版本未同步" },
  scope: "channel",
  defaultSeverity: "error",
  fixable: false,
  description: {
    en: "A channel shows an older version (or an earlier update) of the item than the master record.",
    "zh-CN": "渠道展示的事项版本（或更新时间）早于主记录，未同步更新。",
  },
  policy: "同源发布：事项信息变更后各渠道同步更新",
  facts: () => [],
  messages: {
    olderVersion: {
      en: "{{channel}} shows version {{shown}} of this item, but the master record is at version {{master}}: the channel was not updated when the item changed. Republish the channel from the master record (the field differences reported for this channel may all come from the old copy).",
      "zh-CN":
        "{{channel}}展示的是本事项第{{shown}}版，主记录已是第{{master}}版，事项变更后该渠道未同步更新；请按主记录重新发布（该渠道的其他不一致可能都源于旧版本）。",
    },
    olderUpdate: {
      en: "{{channel}} shows the item as updated on {{shown}}, but the master record was updated on {{master}}: the channel shows an older copy. Republish the channel from the master record.",
      "zh-CN": "{{channel}}展示的事项更新时间为{{shown}}，主记录已于{{master}}更新，该渠道展示的是旧版本；请按主记录重新发布。",
    },
  },
  checkCatalog({ channels, report }) {
    for (const channel of channels) {
      for (const stale of channel.stale) {
        report({
          messageId: stale.by === "version" ? "olderVersion" : "olderUpdate",
          target: { filePath: stale.channelAt.filePath, path: stale.channelAt.path, itemCode: stale.code },
          related: [{ filePath: stale.masterFilePath, path: [stale.by], itemCode: stale.code }],
          channel: channel.id,
          field: stale.by,
          // "v16" reads 第16版 in the message: the number is what a version is.
          data: visibleData({ channel: channelName(channel.id), master: bare(stale), shown: bare(stale, "channel") }),
        });
      }
    }
  },
});

function bare(stale: ChannelStale, side: "master" | "channel" = "master"): string {
  return stale.by === "version" ? stale[side].replace(/^[vV]/u, "") : stale[side];
}
