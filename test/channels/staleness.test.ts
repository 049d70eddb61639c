import { describe, expect, it } from "vitest";
import { staleCopy } from "../../src/channels/staleness.js";

// [master, what the channel record says, expected verdict]
const CASES: Array<[{ version?: string; updatedAt?: string }, Record<string, unknown>, "version" | "updatedAt" | undefined]> = [
  [{ version: "16" }, { version: 14 }, "version"],
  [{ version: "16" }, { version: "v14" }, "version"],
  [{ version: "v16" }, { version: "V7" }, "version"],
  [{ version: "3.10" }, { version: "3.9" }, "version"],
  [{ version: "16" }, { version: "16" }, undefined],
  [{ version: "16" }, { version: "17" }, undefined], // ahead of the master: not stale
  [{ version: "3.0" }, { version: "3" }, undefined],
  [{ version: "16" }, {}, undefined], // the channel does not say: nothing to tell
  [{ version: "16" }, { version: "最新版" }, undefined],
  [{ version: "16", updatedAt: "2026-11-20" }, { updatedAt: "2026-10-01" }, "updatedAt"],
  [{ updatedAt: "2026-11-20" }, { updatedAt: "2026-11-20T09:30" }, undefined], // same day
  [{ updatedAt: "2026-11-20T10:00:00Z" }, { updatedAt: "2026-11-20T09:30" }, "updatedAt"],
  [{ updatedAt: "2026-11-20" }, { updatedAt: "2026-12-01" }, undefined],
  [{ updatedAt: "2026-11-20" }, { updatedAt: "上周" }, undefined],
  [{}, { version: 1 }, undefined],
];

describe("staleCopy", () => {
  it.each(CASES)("master %j, channel %j → %s", (master, channel, expected) => {
    expect(staleCopy(master, channel)?.by).toBe(expected);
  });

  it("names both versions as written", () => {
    expect(staleCopy({ version: "16" }, { version: "v14" })).toEqual({ by: "version", master: "16", channel: "v14" });
  });
});
