#!/usr/bin/env node
// How long an editor waits for guidelint's diagnostics after a keystroke: `guidelint lsp --stdio`
// is started in a catalog's folder, one item is opened, then edited N times; each edit is timed from
// didChange to the publishDiagnostics of that version (the server's 150 ms debounce included).
//
//   node scripts/lsp-latency.mjs <dir> [--edits 10] [--bin path]
//
// <dir> holds the catalog (its guidelint.config.yaml, else ./catalog). The target: within
// 300 ms on a 20,000-item catalog (node scripts/generate-catalog.mjs /tmp/lsp20k/catalog --items 20000).
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from "vscode-languageserver/node.js";

const ROOT = path.resolve(import.meta.dirname, "..");

function firstItem(dir) {
  const catalog = path.join(dir, "catalog");
  const files = readdirSync(catalog, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".yaml"))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  return files[0];
}

/** { startupMs, latenciesMs (each edit, sorted), medianMs, maxMs } */
export async function measureLspLatency({ dir, edits = 10, bin = path.join(ROOT, "bin/guidelint.js") }) {
  const child = spawn(process.execPath, [bin, "lsp", "--stdio"], { cwd: dir, stdio: ["pipe", "pipe", "inherit"], env: { ...process.env, CI: "true" } });
  const rpc = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  rpc.onNotification("textDocument/publishDiagnostics", (params) => waiting.get(params.version)?.(params));
  rpc.onRequest("client/registerCapability", () => null);
  rpc.listen();
  const published = (version) => new Promise((resolve) => waiting.set(version, resolve));
  const file = firstItem(dir);
  const uri = pathToFileURL(file).href;
  const text = readFileSync(file, "utf8");
  const started = performance.now();
  await rpc.sendRequest("initialize", { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {} });
  await rpc.sendNotification("initialized", {});
  const opened = published(1);
  await rpc.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "yaml", version: 1, text } });
  await opened;
  const startupMs = performance.now() - started;
  const latenciesMs = [];
  for (let version = 2; version < edits + 2; version++) {
    // A keystroke in the name: the item rules and the catalog-wide ones (names across levels) see it.
    const edited = text.replace(/^name: (.*)$/m, (_, name) => `name: ${name}${"改".repeat(version % 3)}`);
    const done = published(version);
    const sent = performance.now();
    await rpc.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ text: edited }] });
    await done;
    latenciesMs.push(performance.now() - sent);
  }
  await rpc.sendRequest("shutdown");
  await rpc.sendNotification("exit");
  rpc.dispose();
  latenciesMs.sort((a, b) => a - b);
  return { startupMs, latenciesMs, medianMs: latenciesMs[Math.floor((latenciesMs.length - 1) / 2)], maxMs: latenciesMs.at(-1) };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = path.resolve(process.argv[2] ?? ".");
  const option = (name, fallback) => (process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : fallback);
  const result = await measureLspLatency({ dir, edits: Number(option("edits", "10")), bin: option("bin", undefined) });
  const ms = (n) => `${n.toFixed(0)} ms`;
  console.log(`startup (initialize → first diagnostics): ${ms(result.startupMs)}`);
  console.log(
    `didChange → publishDiagnostics: median ${ms(result.medianMs)}, max ${ms(result.maxMs)} (${result.latenciesMs.length} edits, 150 ms debounce included)`,
  );
}
