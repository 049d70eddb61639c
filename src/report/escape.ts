import { htmlSafeCodePoints } from "../text/visible-controls.js";

/** Text for HTML, in content and in quoted attributes alike; forbidden code points shown escaped. */
export function escapeHtml(text: string): string {
  return htmlSafeCodePoints(text).replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);
}
