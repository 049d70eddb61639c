import { asString, recordsOf } from "../access.js";
import { cappedReport, MORE_FINDINGS } from "../caps.js";
import { defineRule } from "../types.js";
import type { LocalizedText } from "../../i18n/localized.js";
import type { RepealedLaw } from "../../lists/types.js";
import { normalizeLawTitle } from "../../text/citation.js";
import { textMemo } from "../../text/memo.js";
import type { Suggestion } from "../../vocabulary.js";

// A guide that cites a repealed instrument (依据过时) tells the applicant to rely on a law no
// longer in force; the 要素规范 clean-ups replace it with its successor.
//
// Matching is by whole title, never by substring: 中华人民共和国劳动合同法 is not 合同法, and
// 中华人民共和国食品安全法实施条例 is not 食品安全法. A trailing note that only dates or numbers the
// same instrument — （2016年修订）, （国务院令第305号）, （2001年修正本） — is not part of its title.
const EDITION_NOTE = /\([^()]*(?:\d{4}|修正|修订|修改|令|号)[^()]*\)$/u;

// Titles repeat across a catalog's items: each written title is keyed once.
const titleKeys = textMemo<string>();

function titleKey(title: string): string {
  return titleKeys.get(title, computeTitleKey);
}

function computeTitleKey(title: string): string {
  let key = normalizeLawTitle(title);
  for (let previous = ""; previous !== key; ) {
    previous = key;
    key = key.replace(EDITION_NOTE, "");
  }
  return key;
}

// Lists come from the built-ins plus the config and stay the same for a whole run: index each once.
const indexes = new WeakMap<readonly RepealedLaw[], Map<string, RepealedLaw>>();

function indexOf(laws: readonly RepealedLaw[]): Map<string, RepealedLaw> {
  let index = indexes.get(laws);
  if (!index) {
    index = new Map();
    for (const law of laws) {
      for (const title of [law.name, ...(law.aliases ?? [])]) {
        const key = titleKey(title);
        if (key !== "" && !index.has(key)) index.set(key, law);
      }
    }
    indexes.set(laws, index);
  }
  return index;
}

/** `2021-01-01` reads `2021年1月1日` in Chinese; anything else is shown as the list gives it. */
function formatDate(date: string): LocalizedText {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  return { en: date.trim(), "zh-CN": m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : date.trim() };
}

function successorSuggestion(successor: string): Suggestion {
  return {
    desc: {
      en: `Cite ${successor} instead (then review the article and its text: they must be those of ${successor}).`,
      "zh-CN": `改为引用《${successor}》（随后须核对条款号和条文内容，应为《${successor}》的相应条款）。`,
    },
    fix: { value: successor },
  };
}

/** A legal basis must not cite an instrument on the repealed list (依据过时). */
export default defineRule({
  id: "legal-basis-repealed",
  title: { en: "Legal basis repealed", "zh-CN": "法定依据已废止" },
  scope: "item",
  defaultSeverity: "error",
  fixable: false,
  // The successor's title, never applied unasked: the cited article has a new number and wording.
  hasSuggestions: true,
  description: {
    en: "A legal basis cites a repealed instrument (e.g. 物权法, 合同法, 个体工商户条例).",
    "zh-CN": "法定依据引用已废止的法律法规（如物权法、合同法、个体工商户条例）。",
  },
  policy: "依据过时：法定依据须为现行有效的法律法规",
  messages: {
    replaced: {
      en: "{{law}} was repealed on {{repealedOn}} and replaced by {{successor}}: cite the corresponding article of {{successor}} instead.",
      "zh-CN": "《{{law}}》已于{{repealedOn}}废止，由《{{successor}}》取代，请改为引用《{{successor}}》的相应条款。",
    },
    replacedUndated: {
      en: "{{law}} has been repealed and replaced by {{successor}}: cite the corresponding article of {{successor}} instead.",
      "zh-CN": "《{{law}}》已废止，由《{{successor}}》取代，请改为引用《{{successor}}》的相应条款。",
    },
    repealed: {
      en: "{{law}} was repealed on {{repealedOn}}: cite the instrument in force that now governs this item, or remove this legal basis.",
      "zh-CN": "《{{law}}》已于{{repealedOn}}废止，请改为引用现行有效的法律法规，或删除该法定依据。",
    },
    repealedUndated: {
      en: "{{law}} has been repealed: cite the instrument in force that now governs this item, or remove this legal basis.",
      "zh-CN": "《{{law}}》已废止，请改为引用现行有效的法律法规，或删除该法定依据。",
    },
    more: MORE_FINDINGS,
  },
  check({ item, report: uncapped, lists }) {
    const bases = recordsOf(item.legalBasis);
    if (bases.length === 0 || lists.repealedLaws.length === 0) return;
    const index = indexOf(lists.repealedLaws);
    const capped = cappedReport(uncapped, "more");
    const report = capped.report;
    for (const [basis, i] of bases) {
      const written = asString(basis.law);
      if (written === undefined) continue;
      const entry = index.get(titleKey(written));
      if (!entry) continue;

      const law = written.replace(/[《》]/gu, "").trim();
      const path = ["legalBasis", i, "law"];
      const successor = entry.successor?.trim() || undefined;
      const repealedOn = entry.repealedOn?.trim() ? formatDate(entry.repealedOn) : undefined;
      const suggestions = successor ? [successorSuggestion(successor)] : undefined;
      if (successor && repealedOn) report({ messageId: "replaced", path, data: { law, successor, repealedOn }, suggestions });
      else if (successor) report({ messageId: "replacedUndated", path, data: { law, successor }, suggestions });
      else if (repealedOn) report({ messageId: "repealed", path, data: { law, repealedOn } });
      else report({ messageId: "repealedUndated", path, data: { law } });
    }
    capped.flush();
  },
});
