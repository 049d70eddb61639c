// One measurement of `npm run bench`: runs a program (bin/guidelint.js, or scripts/bench-read.mjs
// for the floor) in this process and, when it exits, writes what the process cost to <statsFile>:
// CPU time and peak RSS from process.resourceUsage() (threads included). Running the program
// in-process, not as a grandchild, keeps the figures the program's own and needs no GNU time.
//   node scripts/bench-child.mjs <statsFile> <script> [args...]
import { writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [statsFile, script, ...args] = process.argv.slice(2);
const entry = path.resolve(script);
// The program reads its arguments from process.argv as if it had been started itself.
process.argv = [process.argv[0], entry, ...args];
process.on("exit", (code) => {
  const usage = process.resourceUsage();
  writeFileSync(
    statsFile,
    JSON.stringify({ exitCode: code, userSeconds: usage.userCPUTime / 1e6, systemSeconds: usage.systemCPUTime / 1e6, maxRssBytes: usage.maxRSS * 1024 }),
  );
});
await import(pathToFileURL(entry).href);
