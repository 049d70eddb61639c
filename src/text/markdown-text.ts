// User data in Markdown that GitHub or GitLab renders (a PR comment, a job summary, a report):
// Markdown passes raw HTML through, so `<img src=x onerror=…>` in an item's name would be a tag and
// `</td></table>` would close the table. `&`, `<` and `>` become entities (the text shows as typed),
// and the code points HTML forbids are shown escaped. Pipes and line breaks are the table writers'
// concern (a cell and a heading differ), so they are left to them.
import { htmlSafeCodePoints } from "./visible-controls.js";

const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/** `text` with no HTML left live in it and no forbidden code point. */
export function markdownInert(text: string): string {
  return htmlSafeCodePoints(text).replace(/[&<>]/g, (ch) => ENTITIES[ch]!);
}

/** A file name as inline code: no backtick to end the span early, on one line, no forbidden code point. */
export function markdownCode(text: string): string {
  return `\`${htmlSafeCodePoints(text.replace(/`/g, "'").replace(/\r?\n|\r/g, " "))}\``;
}
