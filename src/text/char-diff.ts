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

/** The most changes a readable diff lists; the rest are counted. */
const MAX_CHANGES = 3;

/**
 * The changes as a reader says them, in both languages: “新办”改为“变更”, 删除“（3-6号）”, 新增“二楼”
 * (en: "新办" → "变更", removed "（3-6号）", added "二楼") — never diff markers a leader cannot read.
 * A removal followed by an addition is one replacement.
 */
export function readableDiff(from: string, to: string): { en: string; "zh-CN": string } {
  const parts = charDiff(from, to);
  const changes: { removed?: string; added?: string }[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part.kind === "same") continue;
    if (part.kind === "removed" && parts[i + 1]?.kind === "added") {
      changes.push({ removed: part.text, added: parts[i + 1].text });
      i++;
    } else changes.push(part.kind === "removed" ? { removed: part.text } : { added: part.text });
  }
  const shown = changes.slice(0, MAX_CHANGES);
  const more = changes.length - shown.length;
  const zh = shown.map((c) =>
    c.removed !== undefined && c.added !== undefined ? `“${c.removed}”改为“${c.added}”` : c.removed !== undefined ? `删除“${c.removed}”` : `新增“${c.added}”`,
  );
  const en = shown.map((c) =>
    c.removed !== undefined && c.added !== undefined
      ? `"${c.removed}" → "${c.added}"`
      : c.removed !== undefined
        ? `removed "${c.removed}"`
        : `added "${c.added}"`,
  );
  return {
    "zh-CN": `${zh.join("，")}${more > 0 ? `等${changes.length}处` : ""}`,
    en: `${en.join(", ")}${more > 0 ? ` and ${more} more` : ""}`,
  };
}
