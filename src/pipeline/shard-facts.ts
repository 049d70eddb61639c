// `lint --shard i/n --facts-out file` and `guidelint merge`: each job of a CI matrix checks its
// slice of the files and writes the outcomes (findings before suppressions, facts, numbers); the
// merge job reads them all and runs what needs the whole catalog. The file is plain JSON.
import { UsageError } from "../errors.js";
import { writeFileAtomic } from "../fix/write-atomic.js";
import { parseDataText } from "../source/data-file.js";
import { readRequiredSource } from "../source/read-required.js";
import type { FileOutcome, OutcomeNeeds } from "./file-outcome.js";

/** The i-th (1-based) of n slices of the catalog's sorted files. */
export interface Shard {
  index: number;
  count: number;
}

export interface ShardFacts {
  format: "guidelint-facts";
  formatVersion: 1;
  version: string;
  shard?: Shard;
  needs: OutcomeNeeds;
  outcomes: FileOutcome[];
}

/** Contiguous slices, so that shards in order are the files in order. */
export function shardOf<T>(files: readonly T[], { index, count }: Shard): T[] {
  const size = Math.ceil(files.length / count);
  return files.slice((index - 1) * size, index * size);
}

export function writeShardFacts(file: string, facts: Omit<ShardFacts, "format" | "formatVersion">): void {
  const data: ShardFacts = { format: "guidelint-facts", formatVersion: 1, ...facts };
  writeFileAtomic(file, `${JSON.stringify(data)}\n`);
}

/** A shard's facts file; one from another guidelint version or not a facts file at all is exit 2. */
export function readShardFacts(filePath: string, shown: string, version: string): ShardFacts {
  const { text } = readRequiredSource(filePath, (detail) => new UsageError("factsUnreadable", { file: shown, detail }));
  const parsed = parseDataText(text, `${filePath}.json`);
  const data = parsed.ok ? (parsed.value as Partial<ShardFacts>) : undefined;
  if (!parsed.ok || data?.format !== "guidelint-facts" || data.formatVersion !== 1 || !Array.isArray(data.outcomes)) {
    throw new UsageError("factsUnreadable", {
      file: shown,
      detail: { en: "it is not a facts file written by `lint --facts-out`", "zh-CN": "它不是 `lint --facts-out` 写出的事实文件" },
    });
  }
  if (data.version !== version) throw new UsageError("factsVersion", { file: shown, version: data.version ?? "?", expected: version });
  return data as ShardFacts;
}

/**
 * The shards in their order (1/n first), each once, all of the same n and with the same needs: the
 * merge then sees the files in the order one plain run would.
 */
export function orderedShards(shards: readonly ShardFacts[]): ShardFacts[] {
  const sorted = [...shards].sort((a, b) => (a.shard?.index ?? 0) - (b.shard?.index ?? 0));
  const counts = new Set(sorted.map((s) => s.shard?.count ?? 1));
  const indexes = sorted.map((s) => s.shard?.index ?? 1);
  const needs = new Set(sorted.map((s) => JSON.stringify(s.needs)));
  const complete = counts.size === 1 && indexes.every((index, i) => index === i + 1) && indexes.length === [...counts][0];
  if (!complete || needs.size !== 1) {
    throw new UsageError("factsIncomplete", { found: indexes.map((i) => `${i}/${[...counts].join("|")}`).join(", ") || "none" });
  }
  return sorted;
}
