// timeLimit: legal and promised apart. Each is `{ value, unit, note? }` (the unit as id or Chinese
// name, the value a number or numeral text), text through parseDuration (二十个工作日, 5日 = 5 working
// days, 即办 = 0, 无 = no limit; a trailing 内/以内/之内 dropped; else the first duration in the
// text), null (= 无), or a bare number (unit unknown: only its value is compared). Key = value +
// unit exactly (20个工作日 ≠ 28个自然日); 0 is immediate in any unit. A channel text equal to the
// master's note is the same.
//
// This reads what a channel may display, and so is more lenient than the time-limit rules' own
// readLimit (rules/time-limits.ts), which takes only the schema's { value: number, unit: id } and
// stays silent on anything else; the two share the names of the limits.
import { ENUM_LABELS } from "../../i18n/enum-labels.js";
import { isRecord } from "../../rules/access.js";
import { LIMIT_KINDS, type LimitKind } from "../../rules/time-limits.js";
import { normalizeText } from "../../text/normalize.js";
import { parseChineseNumber } from "../../time/chinese-number.js";
import { findDurationInText, formatDuration, parseDuration } from "../../time/duration.js";
import type { TimeUnit } from "../../vocabulary.js";
import { ENTRY, type FieldView, type LimitView, PART, TEXT_KEY } from "./field-view.js";

// A unit as an id or its Chinese name; 日 / 天 are working days, as parseDuration reads them.
const UNIT_WORDS = new Map<string, TimeUnit>([
  ["日", "working-day"],
  ["天", "working-day"],
]);
for (const [id, label] of Object.entries(ENUM_LABELS.unit)) {
  UNIT_WORDS.set(id, id as TimeUnit);
  UNIT_WORDS.set(label["zh-CN"], id as TimeUnit);
}

function readUnit(text: string): TimeUnit | undefined {
  const norm = normalizeText(text);
  return UNIT_WORDS.get(norm.startsWith("个") ? norm.slice(1) : norm) ?? UNIT_WORDS.get(norm.toLowerCase());
}

const NO_LIMIT: LimitView = { kind: "none", key: "none", display: "无" };

function durationView(value: number, unit: TimeUnit | undefined, display: string): LimitView {
  // Zero is immediate (即办) whatever the unit.
  const key = value === 0 ? "0" : `${value}${PART}${unit ?? "?"}`;
  return { kind: "duration", key, display, value, unit };
}

// What a channel may add after the duration it shows: 20个工作日内 / 以内 / 之内.
const WITHIN = ["以内", "之内", "内"];

/** A duration text as a channel shows it: parseDuration, then with 内 dropped, then the first duration in the text. */
function viewLimitText(text: string): LimitView | undefined {
  const display = text.trim();
  const norm = normalizeText(display);
  if (norm === "") return undefined;
  let parsed = parseDuration(display);
  if (parsed === undefined) {
    const within = WITHIN.find((w) => norm.endsWith(w));
    if (within) parsed = parseDuration(norm.slice(0, -within.length));
  }
  parsed ??= findDurationInText(display);
  if (parsed === "none") return { ...NO_LIMIT, display };
  if (parsed) return durationView(parsed.value, parsed.unit, display);
  return { kind: "text", key: TEXT_KEY + norm, display, text: norm };
}

/** One of timeLimit.legal / promised (or a process step's limit); undefined when absent or unreadable. */
export function viewLimit(value: unknown): LimitView | undefined {
  if (value === null) return { ...NO_LIMIT };
  if (typeof value === "string") return viewLimitText(value);
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? durationView(value, undefined, String(value)) : undefined;
  if (!isRecord(value)) return undefined;
  const note = typeof value.note === "string" ? normalizeText(value.note) : undefined;
  const v = typeof value.value === "number" ? value.value : typeof value.value === "string" ? parseChineseNumber(value.value) : undefined;
  const unit = typeof value.unit === "string" ? readUnit(value.unit) : undefined;
  if (v !== undefined && Number.isFinite(v) && v >= 0 && unit) {
    const view: LimitView = { ...durationView(v, unit, formatDuration({ value: v, unit }, "zh-CN")), mapping: true };
    return note ? { ...view, text: note } : view;
  }
  // A value with no unit at all: compared by value only, like a bare number.
  if (v !== undefined && Number.isFinite(v) && v >= 0 && value.unit === undefined) return { ...durationView(v, undefined, String(value.value)), mapping: true };
  if (value.value === undefined && value.unit === undefined && typeof value.note === "string") return viewLimitText(value.note);
  return undefined;
}

/** Whether a channel's limit says what the master's says. */
export function sameLimit(master: LimitView, channel: LimitView): boolean {
  if (master.key === channel.key) return true;
  // A bare number on the channel: the unit is not shown, so only the value is compared.
  if (channel.kind === "duration" && channel.unit === undefined && master.kind === "duration") return master.value === channel.value;
  // A channel that shows the master's note word for word.
  if (channel.kind === "text" && master.text !== undefined) return master.text === channel.text;
  return false;
}

const LIMIT_NAMES: Record<LimitKind, string> = { legal: "法定", promised: "承诺" };

/** The comparable form of `timeLimit`, each limit it shows as a view; undefined when it is not a mapping. */
export function viewTimeLimit(value: unknown): FieldView | undefined {
  if (!isRecord(value)) return undefined;
  const limits: Partial<Record<LimitKind, LimitView>> = {};
  for (const kind of LIMIT_KINDS) {
    if (!Object.hasOwn(value, kind)) continue;
    const v = value[kind];
    // A blank text shows nothing; null is "no limit" (the master's way of writing 无).
    if (typeof v === "string" && normalizeText(v) === "") continue;
    const view = viewLimit(v);
    if (view) limits[kind] = view;
  }
  const shown = LIMIT_KINDS.filter((k) => limits[k]);
  return {
    key: LIMIT_KINDS.map((k) => limits[k]?.key ?? "-").join(ENTRY),
    display: shown.map((k) => `${LIMIT_NAMES[k]}：${limits[k]!.display}`).join("；"),
    limits,
  };
}
