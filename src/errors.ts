import type { MessageId } from "./i18n/messages.js";
import type { MessageValue } from "./vocabulary.js";

/**
 * The run itself cannot go on (bad option, broken config, nothing matched): exit code 2.
 * Carries a message id, not words, so the CLI renders it in the user's language.
 */
export class UsageError extends Error {
  constructor(
    readonly messageId: MessageId,
    readonly data: Record<string, MessageValue> = {},
    /** Further problems of the same kind (every bad config key, not only the first). */
    readonly more: Array<{ messageId: MessageId; data: Record<string, MessageValue> }> = [],
  ) {
    super(`${messageId} ${JSON.stringify(data)}`);
    this.name = "UsageError";
  }
}
