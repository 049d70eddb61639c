import type { MessageValue } from "../vocabulary.js";
import type { Lang } from "./localized.js";
import { MESSAGES, type MessageId } from "./messages.js";
import { renderText } from "./render.js";

/** A tool message by id, in the user's language: `t("badLang", { value }, lang)`. */
export function t(id: MessageId, data: Record<string, MessageValue>, lang: Lang): string {
  return renderText(MESSAGES[id], data, lang);
}
