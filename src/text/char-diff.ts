import { diffChars } from "diff";

/** One run of a character diff: kept, removed (only in the first text) or added (only in the second). */
export interface DiffPart {
  kind: "same" | "removed" | "added";
  text: string;
}

// Chinese has no spaces to diff words by: diff characters. Very long values would make the
// diff quadratic, so past this length the two texts are shown whole, one removed, one added.
const MAX_DIFF_LENGTH = 2000;

export function charDiff(from: string, to: string): DiffPart[] {
  if (from.length > MAX_DIFF_LENGTH || to.length > MAX_DIFF_LENGTH) {
    return [
      { kind: "removed", text: from },
      { kind: "added", text: to },
    ];
  }
  return diffChars(from, to).map((part) => ({
    kind: part.added ? "added" : part.removed ? "removed" : "same",
    text: part.value,
  }));
}

/** The diff inline, as plain text: 食品经营许可（[-新办-]{+变更+}）. */
export function inlineDiff(from: string, to: string): string {
  return charDiff(from, to)
    .map((part) => (part.kind === "removed" ? `[-${part.text}-]` : part.kind === "added" ? `{+${part.text}+}` : part.text))
    .join("");
}
