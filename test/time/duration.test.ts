import { describe, it, expect } from "vitest";
import {
  DEFAULT_UNIT_FACTORS,
  findDurationInText,
  formatDuration,
  parseChineseNumber,
  parseDuration,
  sameDuration,
  toWorkingDays,
  type Duration,
  type ParsedDuration,
} from "../../src/time/duration.js";

const wd = (value: number): Duration => ({ value, unit: "working-day" });

describe("parseChineseNumber", () => {
  it.each<[string, number]>([
    ["20", 20],
    ["２０", 20],
    ["0.5", 0.5],
    ["０．５", 0.5],
    ["1/8", 0.125],
    ["１／８", 0.125],
    ["半", 0.5],
    ["零", 0],
    ["〇", 0],
    ["五", 5],
    ["十", 10],
    ["十五", 15],
    ["一十五", 15],
    ["二十", 20],
    ["一百二十", 120],
    ["一百零五", 105],
    ["两千", 2000],
    ["三千零二十", 3020],
    ["九千九百九十九", 9999],
    [" 二十 ", 20],
  ])("%s → %d", (text, expected) => {
    expect(parseChineseNumber(text)).toBe(expected);
  });

  it.each(["", "abc", "二三", "百", "千五", "一百五", "一千零五百", "二十零", "零五", "一百二千", "十十", "1/0", "1.", "-5", "一万", "第二十", "20天"])(
    "%j → undefined",
    (text) => {
      expect(parseChineseNumber(text)).toBeUndefined();
    },
  );
});

describe("parseDuration", () => {
  it.each<[string, ParsedDuration]>([
    ["20个工作日", wd(20)],
    ["二十个工作日", wd(20)],
    ["20工作日", wd(20)],
    ["20 个工作日", wd(20)],
    ["２０个工作日", wd(20)],
    ["5日", wd(5)],
    ["5天", wd(5)],
    ["30个自然日", { value: 30, unit: "natural-day" }],
    ["30自然日", { value: 30, unit: "natural-day" }],
    ["3小时", { value: 3, unit: "hour" }],
    ["3个小时", { value: 3, unit: "hour" }],
    ["30分钟", { value: 30, unit: "minute" }],
    ["1/8工作日", wd(0.125)],
    ["0.5个工作日", wd(0.5)],
    ["半个工作日", wd(0.5)],
    ["一百零五个工作日", wd(105)],
    ["即办", wd(0)],
    ["即时办结", wd(0)],
    ["立即办理", wd(0)],
    ["当场办结", wd(0)],
    ["当场办理", wd(0)],
    ["即时", wd(0)],
    ["当日办结", wd(1)],
    ["当天办结", wd(1)],
    ["无", "none"],
    ["无法定时限", "none"],
    ["无时限", "none"],
    ["法律未规定", "none"],
    ["受理之日起20个工作日", wd(20)],
    ["自受理之日起20个工作日", wd(20)],
    ["受理后5天", wd(5)],
    ["承诺10个工作日", wd(10)],
    ["法定20个工作日", wd(20)],
    ["承诺即办", wd(0)],
    ["  20个工作日。 ", wd(20)],
    ["20个工作日；", wd(20)],
    ["20个工作日;", wd(20)],
    ["20个工作日,", wd(20)],
    ["20个工作日，", wd(20)],
  ])("%j", (text, expected) => {
    expect(parseDuration(text)).toEqual(expected);
  });

  it.each(["二十", "工作日", "20", "abc", "第二十条", "", "   ", "20个月", "20个工作日内作出决定", "二三个工作日", "一百五个工作日", "1/0工作日", "无无"])(
    "%j → undefined",
    (text) => {
      expect(parseDuration(text)).toBeUndefined();
    },
  );

  it("never throws, even on non-strings from untyped data", () => {
    for (const bad of [undefined, null, 20, {}, []]) {
      expect(parseDuration(bad as unknown as string)).toBeUndefined();
    }
  });

  it("returns a fresh object each time", () => {
    const a = parseDuration("即办") as Duration;
    a.value = 99;
    expect(parseDuration("即办")).toEqual(wd(0));
  });
});

describe("findDurationInText", () => {
  it.each<[string, ParsedDuration]>([
    ["受理之日起20个工作日", wd(20)],
    ["自受理申请之日起二十个工作日内作出决定", wd(20)],
    ["材料齐全的，当场办结", wd(0)],
    ["即办", wd(0)],
    ["符合条件的当天办结", wd(1)],
    ["法律法规未规定办理时限", "none"],
    ["无法定时限", "none"],
    ["20个工作日，可延长10个工作日", wd(20)],
    ["不能当场办结的，自受理之日起５个工作日内办结", wd(5)],
    ["依据第二十条，应于30个自然日内答复", { value: 30, unit: "natural-day" }],
    ["2024年3月5日起施行，15日内办结", wd(15)],
    ["工作时间为周一至周五，3小时内出证", { value: 3, unit: "hour" }],
    ["窗口受理后30 分钟内发放", { value: 30, unit: "minute" }],
  ])("%j", (text, expected) => {
    expect(findDurationInText(text)).toEqual(expected);
  });

  it.each(["", "依据《行政许可法》第二十条", "按规定办理", "2024年3月5日"])("%j → undefined", (text) => {
    expect(findDurationInText(text)).toBeUndefined();
  });

  // Inputs that would make a backtracking regex quadratic; the test only checks that they return.
  it.each([
    ["digits", "1".repeat(200_000)],
    ["numerals", "一".repeat(200_000)],
    ["blanks after a number", `5${" ".repeat(200_000)}`],
    ["digits and blanks", "1 ".repeat(100_000)],
    ["blanks before text", `5${" ".repeat(200_000)}x`],
    ["punctuation before text", `20个工作日${"。".repeat(200_000)}x`],
    ["digits, blanks, 个", `${"1".repeat(100_000) + " ".repeat(100_000)}个x`],
    ["repeated prefixes", "承诺".repeat(100_000)],
    ["prose", `${"受理之日起材料审查".repeat(20_000)}20个工作日`],
  ])("parseDuration and findDurationInText return on a 200 KB string of %s", (_name, text) => {
    expect(() => findDurationInText(text)).not.toThrow();
    expect(() => parseDuration(text)).not.toThrow();
  });

  it("finds a duration at the end of a long text", () => {
    expect(findDurationInText(`${"说明".repeat(100_000)}20个工作日`)).toEqual(wd(20));
  });
});

describe("toWorkingDays / sameDuration", () => {
  it.each<[Duration, number]>([
    [wd(20), 20],
    [{ value: 7, unit: "natural-day" }, 5],
    [{ value: 4, unit: "hour" }, 0.5],
    [{ value: 120, unit: "minute" }, 0.25],
  ])("%j → %d working days", (d, expected) => {
    expect(toWorkingDays(d)).toBeCloseTo(expected, 12);
  });

  it("uses the given factors", () => {
    const factors = { ...DEFAULT_UNIT_FACTORS, hoursPerWorkingDay: 7.5, workingDaysPerNaturalDay: 1 };
    expect(toWorkingDays({ value: 15, unit: "hour" }, factors)).toBe(2);
    expect(toWorkingDays({ value: 30, unit: "natural-day" }, factors)).toBe(30);
  });

  it.each<[Duration, Duration, boolean]>([
    [wd(20), wd(20), true],
    [{ value: 8, unit: "hour" }, wd(1), true],
    [{ value: 480, unit: "minute" }, { value: 8, unit: "hour" }, true],
    [{ value: 7, unit: "natural-day" }, wd(5), true],
    [wd(0.125), { value: 1, unit: "hour" }, true],
    [wd(20), wd(10), false],
    [{ value: 20, unit: "natural-day" }, wd(20), false],
  ])("%j vs %j → %s", (a, b, expected) => {
    expect(sameDuration(a, b)).toBe(expected);
  });

  it("compares with the given factors", () => {
    const factors = { ...DEFAULT_UNIT_FACTORS, hoursPerWorkingDay: 4 };
    expect(sameDuration({ value: 4, unit: "hour" }, wd(1), factors)).toBe(true);
    expect(sameDuration({ value: 8, unit: "hour" }, wd(1), factors)).toBe(false);
  });
});

describe("formatDuration", () => {
  it.each<[Duration, string, string]>([
    [wd(20), "20个工作日", "20 working days"],
    [wd(1), "1个工作日", "1 working day"],
    [{ value: 30, unit: "natural-day" }, "30个自然日", "30 natural days"],
    [{ value: 3, unit: "hour" }, "3小时", "3 hours"],
    [{ value: 1, unit: "hour" }, "1小时", "1 hour"],
    [{ value: 30, unit: "minute" }, "30分钟", "30 minutes"],
    [wd(0), "即办", "immediate"],
    [wd(0.5), "0.5个工作日", "0.5 working days"],
    [wd(0.125), "0.125个工作日", "0.125 working days"],
    [wd(5 / 7), "0.714个工作日", "0.714 working days"],
    [wd(2.1), "2.1个工作日", "2.1 working days"],
  ])("%j → %s / %s", (d, zh, en) => {
    expect(formatDuration(d, "zh-CN")).toBe(zh);
    expect(formatDuration(d, "en")).toBe(en);
  });
});

describe("memoised parsing", () => {
  it("gives each caller its own duration, so changing one changes no later answer", () => {
    const first = parseDuration("20个工作日") as { value: number };
    first.value = 99;
    expect(parseDuration("20个工作日")).toEqual({ value: 20, unit: "working-day" });
    const inProse = findDurationInText("自受理之日起二十个工作日内作出决定") as { value: number };
    inProse.value = 99;
    expect(findDurationInText("自受理之日起二十个工作日内作出决定")).toEqual({ value: 20, unit: "working-day" });
  });
});
