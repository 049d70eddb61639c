import type { TimeUnit } from "../vocabulary.js";
import type { LocalizedText } from "./localized.js";

// Chinese puts the unit right after the number; English agrees it with the number.
export const DURATION_WORDS: Record<TimeUnit | "immediate", LocalizedText> = {
  "working-day": { en: "{{n}} {{n|working day|working days}}", "zh-CN": "{{n}}个工作日" },
  "natural-day": { en: "{{n}} {{n|natural day|natural days}}", "zh-CN": "{{n}}个自然日" },
  hour: { en: "{{n}} {{n|hour|hours}}", "zh-CN": "{{n}}小时" },
  minute: { en: "{{n}} {{n|minute|minutes}}", "zh-CN": "{{n}}分钟" },
  immediate: { en: "immediate", "zh-CN": "即办" },
};
