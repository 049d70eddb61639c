// The one real process: `guidelint lsp --stdio` as an editor starts it, spoken to over its stdin and
// stdout until it is told to exit (the in-process tests in server.test.ts cover the rest).
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createMessageConnection, type PublishDiagnosticsParams, StreamMessageReader, StreamMessageWriter } from "vscode-languageserver/node.js";
import { describe, expect, it } from "vitest";
import { BIN, cliEnv, tempDir } from "../support/cli.js";
import { FIXTURES_DIR } from "../support/fixtures.js";
import { uriOf } from "./lsp-client.js";

describe("guidelint lsp --stdio", () => {
  it("answers an editor over stdin/stdout and exits 0 when told to", { timeout: 30_000 }, async () => {
    const root = tempDir();
    mkdirSync(path.join(root, "catalog"));
    writeFileSync(path.join(root, "guidelint.config.yaml"), 'catalog: ["catalog/**/*.yaml"]\n');
    const file = path.join(root, "catalog/a.yaml");
    const text = readFileSync(path.join(FIXTURES_DIR, "base-item.yaml"), "utf8").replace("phone: 0825-5432100", "phone: 0825-54321");
    writeFileSync(file, text);

    const child = spawn(process.execPath, [BIN, "lsp", "--stdio"], { cwd: root, env: cliEnv(), stdio: ["pipe", "pipe", "pipe"] });
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    const rpc = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const published = new Promise<PublishDiagnosticsParams>((resolve) => rpc.onNotification("textDocument/publishDiagnostics", resolve));
    rpc.listen();
    const init = (await rpc.sendRequest("initialize", { processId: null, rootUri: uriOf(root), capabilities: {}, locale: "zh-CN" })) as {
      capabilities: { executeCommandProvider: { commands: string[] } };
    };
    expect(init.capabilities.executeCommandProvider.commands).toEqual(["guidelint.fixAll"]);
    await rpc.sendNotification("initialized", {});
    await rpc.sendNotification("textDocument/didOpen", { textDocument: { uri: uriOf(file), languageId: "yaml", version: 1, text } });
    const { diagnostics } = await published;
    expect(diagnostics.map((d) => d.code)).toEqual(["phone-format"]);
    expect(diagnostics[0].message).toMatch(/^[^\x00-\x7f]/); // zh-CN: the editor's locale
    await rpc.sendRequest("shutdown");
    await rpc.sendNotification("exit");
    expect(await exited).toBe(0);
    rpc.dispose();
  });
});
