// Placeholders: a value that fills a required element without saying anything (无, 暂无, 待补充,
// /, —, 详见附件, 见窗口). Exchange tables make such elements NOT NULL, so exported data fills
// them with these; a published guide must carry the real content instead.
//
// Only the whole value counts, after trimming spaces and punctuation around it: 无犯罪记录证明,
// 无 in the middle of a sentence, 详见附件1《申请表》 are real content, not placeholders.

// Words that mean "nothing here" or "not yet written".
const NOTHING = [
  "无",
  "暂无",
  "没有",
  "空",
  "空白",
  "略",
  "从略",
  "待定",
  "未定",
  "待补充",
  "待补",
  "待完善",
  "待填写",
  "待录入",
  "待更新",
  "暂缺",
  "缺",
  "不详",
  "未知",
  "未填写",
  "未填",
  "同上",
  "见上",
  "n/a",
  "na",
  "null",
  "none",
  "nil",
  "tbd",
];

// Words that send the reader elsewhere instead of saying it: 详见附件, 见窗口, 咨询窗口.
const ELSEWHERE = [
  "详见附件",
  "见附件",
  "附件",
  "参见附件",
  "详见窗口",
  "见窗口",
  "咨询窗口",
  "窗口咨询",
  "详询窗口",
  "请咨询窗口",
  "以窗口为准",
  "现场咨询",
  "详见窗口公示",
  "另行通知",
  "另行公布",
];

const PLACEHOLDERS = new Set([...NOTHING, ...ELSEWHERE]);

// Dashes, slashes and dots on their own: /, -, —, ——, …
const ONLY_MARKS = /^[/／\\\-－—–―_·.。…~～*＊]+$/u;
// What is trimmed around a word before it is looked up.
const EDGE = /[\s.,;:!?。，、；：！？"'“”‘’()（）[\]【】《》<>]/u;

/** True when the whole value (trimmed) is a placeholder that says nothing. */
export function isPlaceholderValue(text: string): boolean {
  const compact = text.normalize("NFKC").replace(/\s+/gu, "");
  if (compact === "") return false;
  if (ONLY_MARKS.test(compact)) return true;
  // Placeholders are short; a long text is content whatever it ends with.
  if (compact.length > 24) return false;
  let start = 0;
  let end = compact.length;
  while (start < end && EDGE.test(compact[start])) start++;
  while (end > start && EDGE.test(compact[end - 1])) end--;
  return PLACEHOLDERS.has(compact.slice(start, end).toLowerCase());
}
