// The floor of `npm run bench`: read every file under the given paths, as the least any linter
// of these files must do (start a process, list the folders, read the bytes). The bench prints
// every other measurement as a multiple of this one, taken in the same run on the same files.
//   node scripts/bench-read.mjs <path>...
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

let files = 0;
let bytes = 0;
function readAll(target) {
  if (statSync(target).isDirectory()) {
    for (const name of readdirSync(target)) readAll(path.join(target, name));
    return;
  }
  bytes += readFileSync(target).length;
  files++;
}
for (const target of process.argv.slice(2)) readAll(target);
console.log(`${files} files, ${bytes} bytes`);
