// Whether a channel shows an older copy of an item than the master record (same-source-stale):
// by `version` when both sides state one that reads as a version number (16, "v16", "3.2"),
// else by `updatedAt` when both state a date. Real channels were seen showing versions 7, 8, 14
// and 16 of one item at once: one finding per channel names the versions, and explains the field
// mismatches that come with an old copy.

/** What a channel record and its master say of their versions. */
export interface StaleCopy {
  by: "version" | "updatedAt";
  master: string;
  channel: string;
}

const VERSION = /^[vV]?(\d+(?:\.\d+)*)$/u;

/** A version's parts as numbers (v16 → [16], 3.2 → [3, 2]); undefined when it is not a version number. */
function versionParts(text: string): number[] | undefined {
  const match = VERSION.exec(text.normalize("NFKC").trim());
  return match ? match[1].split(".").map(Number) : undefined;
}

function compareParts(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

// A date or an ISO 8601 time: compared as text once written alike (YYYY-MM-DD sorts as it reads).
const DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?/u;

/** The text of a version or date field as the facts keep it: numbers as their digits. */
export function versionText(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/** The channel's copy is older than the master's: how it is told, and both sides; undefined when it is not (or cannot be told). */
export function staleCopy(master: { version?: string; updatedAt?: string }, channel: Record<string, unknown>): StaleCopy | undefined {
  const shownVersion = versionText(channel.version);
  const masterParts = master.version === undefined ? undefined : versionParts(master.version);
  const shownParts = shownVersion === undefined ? undefined : versionParts(shownVersion);
  if (masterParts && shownParts) {
    return compareParts(shownParts, masterParts) < 0 ? { by: "version", master: master.version!, channel: shownVersion! } : undefined;
  }
  const shownDate = versionText(channel.updatedAt);
  const masterDate = master.updatedAt;
  if (masterDate === undefined || shownDate === undefined) return undefined;
  const m = DATE.exec(masterDate)?.[0].replace(" ", "T");
  const c = DATE.exec(shownDate)?.[0].replace(" ", "T");
  if (!m || !c) return undefined;
  // Compare the common precision: a date against a time of the same day is not older.
  const length = Math.min(m.length, c.length);
  return c.slice(0, length) < m.slice(0, length) ? { by: "updatedAt", master: masterDate, channel: shownDate } : undefined;
}
