// The file pass on worker threads: files go out in batches, outcomes come back and are put in the
// files' order, so the output is the same whatever the number of workers.
import { Worker } from "node:worker_threads";
import type { FileSettings } from "../engine/settings.js";
import type { FileOutcome, OutcomeNeeds, SourceRef } from "./file-outcome.js";
import { settingsTable, toWire } from "./settings-wire.js";
import type { WorkerInit, WorkerTask } from "./worker.js";

// Large enough that posting a batch costs little next to checking it (~250 µs a file), small
// enough that the last batches share out evenly.
const BATCH = 128;

export async function checkInWorkers(
  refs: readonly SourceRef[],
  settings: readonly FileSettings[],
  needs: OutcomeNeeds,
  workers: number,
  onFile?: (done: number, total: number) => void,
): Promise<FileOutcome[]> {
  const { table, index } = settingsTable(settings);
  const init: WorkerInit = { settings: table.map(toWire), needs };
  const batches: WorkerTask[] = [];
  for (let start = 0, id = 0; start < refs.length; start += BATCH, id++) {
    batches.push({ id, files: refs.slice(start, start + BATCH).map((ref, k) => ({ ...ref, settings: index[start + k] })) });
  }
  const results: FileOutcome[][] = new Array(batches.length);
  let next = 0;
  let done = 0;
  const pool = Array.from({ length: Math.min(workers, batches.length) }, () => new Worker(new URL("./worker.js", import.meta.url), { workerData: init }));
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= batches.length) return resolve();
              worker.postMessage(batches[next++]);
            };
            worker.on("message", (reply: { id: number; outcomes: FileOutcome[] }) => {
              results[reply.id] = reply.outcomes;
              done += reply.outcomes.length;
              onFile?.(done, refs.length);
              send();
            });
            worker.on("error", reject);
            worker.on("exit", (code) => {
              if (code !== 0) reject(new Error(`a guidelint worker stopped with exit code ${code}`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return results.flat();
}
