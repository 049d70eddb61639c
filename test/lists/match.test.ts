import { describe, expect, it } from "vitest";
import { BUILTIN_LISTS } from "../../src/lists/builtin.js";
import { entryTerms, findListMatch, findListMatchByKey, matchKey, textMatches } from "../../src/lists/match.js";
import type { ListEntry } from "../../src/lists/types.js";

const eLicense = (text: string) => findListMatch(text, BUILTIN_LISTS.eLicenses)?.entry.name;
const cancelled = (text: string) => findListMatch(text, BUILTIN_LISTS.cancelledProofs)?.entry.name;

describe("matchKey / textMatches", () => {
  it("normalises width, spaces, brackets and trailing stops", () => {
    expect(matchKey(" 营业执照（副本）。")).toBe("营业执照(副本)");
    expect(textMatches("营业执照 (副本)", "营业执照（副本）", "exact")).toBe(true);
  });
  it("exact mode does not accept containment", () => {
    expect(textMatches("营业执照副本", "营业执照", "exact")).toBe(false);
    expect(textMatches("营业执照副本", "营业执照")).toBe(true);
  });
  it("an empty term matches nothing", () => {
    expect(textMatches("营业执照", "  ")).toBe(false);
  });
});

describe("containment as a whole document name", () => {
  it.each([
    ["营业执照副本复印件", "营业执照"],
    ["营业执照（副本）", "营业执照"],
    ["法定代表人居民身份证复印件", "居民身份证"],
    ["申请人身份证原件及复印件", "居民身份证"],
    ["身份证、户口本", "居民身份证"],
    ["户口本首页及本人页", "居民户口簿"],
    ["结婚证书", "结婚证"],
    ["结婚证或离婚证", "结婚证"],
    ["房产证", "不动产权证书"],
    ["社保卡", "社会保障卡"],
    ["机动车驾驶证", "机动车驾驶证"],
    ["驾驶证正副本", "机动车驾驶证"],
  ])("%s is the e-licence %s", (text, entry) => {
    expect(eLicense(text)).toBe(entry);
  });

  it.each([
    "身份证明", // a proof of identity, not the card
    "身份证件", // any identity document (passport, 港澳通行证…)
    "身份证号码",
    "居住证明",
    "残疾人证明",
    "驾驶证明",
    "无房产证明",
    "营业执照申请书",
    "营业执照注销证明",
    "出生证明", // the committee's proof, not 出生医学证明
  ])("%s is not an e-licence", (text) => {
    expect(eLicense(text)).toBeUndefined();
  });

  it("prefers an exact match, then the longest term", () => {
    const entries: ListEntry[] = [{ name: "驾驶证" }, { name: "机动车驾驶证" }];
    expect(findListMatch("机动车驾驶证复印件", entries)?.entry.name).toBe("机动车驾驶证");
    expect(findListMatch("驾驶证", entries)).toEqual({ entry: entries[0], term: "驾驶证", exact: true });
  });

  it("reports the alias that matched", () => {
    expect(findListMatch("社保卡复印件", BUILTIN_LISTS.eLicenses)).toMatchObject({ term: "社保卡", exact: false });
  });

  it("finds a later occurrence when the first is another word", () => {
    expect(findListMatch("身份证明或身份证", BUILTIN_LISTS.eLicenses)?.entry.name).toBe("居民身份证");
  });

  it("works on lists a config adds (not indexed before)", () => {
    const list: ListEntry[] = [{ name: "居住证" }];
    expect(findListMatch("居住证复印件", list)?.entry.name).toBe("居住证");
    expect(findListMatch("居住证明", list)).toBeUndefined();
  });

  it("answers for the list asked, though the answers are memoised by name", () => {
    const list: ListEntry[] = [{ name: "居住证" }];
    expect(findListMatch("户口簿复印件", list)).toBeUndefined();
    // A config that adds an entry after the list was first used: the memo goes with the old index.
    list.push({ name: "户口簿" });
    expect(findListMatch("户口簿复印件", list)?.entry.name).toBe("户口簿");
    // Another lists object with the same names gives its own entries, never the first one's.
    const other: ListEntry[] = [{ name: "户口簿", aliases: ["户口本"] }];
    expect(findListMatch("户口簿复印件", other)?.entry).toBe(other[0]);
    expect(findListMatchByKey(matchKey(" 户口簿（复印件）"), other)?.entry).toBe(other[0]);
  });

  it("shares no answer a caller could change", () => {
    const list: ListEntry[] = [{ name: "居住证" }];
    const match = findListMatch("居住证复印件", list)!;
    expect(() => Object.assign(match, { term: "x" })).toThrow(TypeError);
    expect(findListMatch("居住证复印件", list)?.term).toBe("居住证");
  });
});

describe("built-in cancelled proofs", () => {
  it.each([
    ["亲属关系证明", "亲属关系证明"],
    ["村委会出具的亲属关系证明", "亲属关系证明"],
    ["亲属关系证明材料", "亲属关系证明"],
    ["健在证明", "健在证明"],
    ["社区开具的生存证明", "健在证明"],
    ["村委会出具的无犯罪记录证明", "村（居）民委员会出具的无犯罪记录证明"],
    ["由户籍所在地村（居）委会出具的婚姻状况证明", "婚姻状况证明"],
    ["居住证明", "居住证明"],
    ["村委会出具的居住证明", "居住证明"],
    ["社区居委会开具的收入证明", "村（居）民委员会出具的居民财产证明"],
    ["无房证明（村委会出具）", "村（居）民委员会出具的居民财产证明"],
    ["社区出具的出生证明", "村（居）民委员会出具的出生证明"],
    ["村民委员会出具的身份证明", "村（居）民委员会出具的居民身份信息证明"],
  ])("%s → %s", (text, entry) => {
    expect(cancelled(text)).toBe(entry);
  });

  it.each([
    "无犯罪记录证明", // issued by the police: a real document
    "公安机关出具的无犯罪记录证明",
    "出生医学证明",
    "出生证明", // colloquial for 出生医学证明
    "居民死亡医学证明（推断）书",
    "生存证明", // still issued abroad by embassies and notaries
    "收入证明", // an employer's
    "婚姻登记记录证明",
    "户籍证明", // the police's
    "身份证明",
    "居住证",
  ])("%s is not a cancelled proof", (text) => {
    expect(cancelled(text)).toBeUndefined();
  });

  it("no entry or alias is blank after normalisation", () => {
    for (const entry of BUILTIN_LISTS.cancelledProofs) {
      expect(entry.name.trim()).not.toBe("");
      for (const term of entryTerms(entry)) expect(matchKey(term)).not.toBe("");
    }
  });
});
