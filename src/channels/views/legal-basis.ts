// legalBasis: `{ law, article, text? }` records (the quotation `text` is not compared) or citation
// texts as displayed — 《中华人民共和国食品安全法》第三十五条, several joined by ；/;/line breaks or
// simply one after another. Key: the title's and the article's comparison keys (text/citation.ts),
// so 《食品安全法》第35条 = 中华人民共和国食品安全法 第三十五条.
import { isRecord, type Rec } from "../../rules/access.js";
import { articleKey, normalizeLawTitle, parseCitation, splitCitations } from "../../text/citation.js";
import { type Entry, PART } from "./field-view.js";
import { withIndex } from "./list.js";
import { scalarText } from "./plain-text.js";

function basisKey(law: string, article: string): string {
  return normalizeLawTitle(law) + PART + articleKey(article);
}

/** A record's citation as it reads on a page: the title in 《》, then the article. */
function basisDisplay(law: string, article: string): string {
  const title = law.trim();
  const quoted = title === "" || title.includes("《") ? title : `《${title}》`;
  return quoted + article.trim();
}

function citationEntries(text: string, index: number | undefined): Entry[] {
  return splitCitations(text).map((c) => {
    const { law, article } = parseCitation(c);
    return withIndex({ key: basisKey(law, article), display: c }, index);
  });
}

function basisEntry(value: Rec, index: number | undefined): Entry[] {
  const law = scalarText(value.law);
  const article = scalarText(value.article);
  if (law === undefined && article === undefined) return [];
  // `law` holding the whole citation (《…》第…条) with no `article`: read it as text.
  if (article === undefined && law !== undefined && law.includes("》")) return citationEntries(law, index);
  return [withIndex({ key: basisKey(law ?? "", article ?? ""), display: basisDisplay(law ?? "", article ?? "") }, index)];
}

/** A list of records or citation texts, one record, or one text. */
export function readLegalBasis(value: unknown): Entry[] | undefined {
  if (typeof value === "string") return citationEntries(value, undefined);
  if (isRecord(value)) return basisEntry(value, undefined);
  if (!Array.isArray(value)) return undefined;
  const out: Entry[] = [];
  value.forEach((item, i) => {
    if (typeof item === "string") out.push(...citationEntries(item, i));
    else if (isRecord(item)) out.push(...basisEntry(item, i));
  });
  return out;
}
