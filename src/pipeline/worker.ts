// A worker thread of the file pass: checks the files it is sent and posts their outcomes back.
// The settings arrive once, at start; each task names a settings index per file.
import { parentPort, workerData } from "node:worker_threads";
import { checkFile, type OutcomeNeeds, type SourceRef } from "./file-outcome.js";
import { fromWire, type WireSettings } from "./settings-wire.js";

export interface WorkerInit {
  settings: WireSettings[];
  needs: OutcomeNeeds;
}

export interface WorkerTask {
  id: number;
  files: Array<SourceRef & { settings: number }>;
}

const init = workerData as WorkerInit;
const table = init.settings.map(fromWire);

parentPort?.on("message", (task: WorkerTask) => {
  const outcomes = task.files.map((ref) => checkFile({ file: ref.file, filePath: ref.filePath }, table[ref.settings], init.needs));
  parentPort?.postMessage({ id: task.id, outcomes });
});
