import { describe, expect, it } from "vitest";
import { readableDiff } from "../../src/text/char-diff.js";

describe("readableDiff", () => {
  it.each([
    ["0825-2228325", "0825-2228326", "“5”改为“6”", '"5" → "6"'],
    ["蓬溪县政务服务中心一楼综合窗口（3-6号）", "蓬溪县政务服务中心一楼综合窗口", "删除“（3-6号）”", 'removed "（3-6号）"'],
    ["一楼窗口", "一楼5号窗口", "新增“5号”", 'added "5号"'],
    ["abcdefgh", "aXcXeXgX", "“b”改为“X”，“d”改为“X”，“f”改为“X”等4处", '"b" → "X", "d" → "X", "f" → "X" and 1 more'],
  ])("%s → %s", (from, to, zh, en) => {
    expect(readableDiff(from, to)).toEqual({ "zh-CN": zh, en });
  });
});
