// A language client in the test's process: the server (built, from dist/) on one end of a pair of
// in-memory streams, this JSON-RPC connection on the other — the messages an editor would send.
import { PassThrough } from "node:stream";
import { pathToFileURL } from "node:url";
import {
  createConnection,
  createMessageConnection,
  type Diagnostic,
  type MessageConnection,
  type PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
} from "vscode-languageserver/node.js";
import { startServer } from "../../dist/lsp/server.js";

export interface TestClient {
  rpc: MessageConnection;
  /** The next diagnostics published for `file` (resolved by the first notification after the call). */
  nextDiagnostics(file: string): Promise<PublishDiagnosticsParams>;
  /** Edits the server asked the client to apply (workspace/applyEdit). */
  appliedEdits: unknown[];
  open(file: string, text: string): Promise<Diagnostic[]>;
  change(file: string, text: string, version: number): Promise<Diagnostic[]>;
  /** Shuts the server down (its copied snapshot entries are removed) and closes the streams. */
  close(): Promise<void>;
}

export const uriOf = (file: string) => pathToFileURL(file).href;

export async function startClient(root: string, init: { locale?: string; initializationOptions?: unknown } = {}): Promise<TestClient> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const server = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  startServer(server, { cwd: root });
  const rpc = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const waiting = new Map<string, Array<(params: PublishDiagnosticsParams) => void>>();
  rpc.onNotification("textDocument/publishDiagnostics", (params: PublishDiagnosticsParams) => {
    const queue = waiting.get(params.uri);
    queue?.shift()?.(params);
  });
  const appliedEdits: unknown[] = [];
  rpc.onRequest("workspace/applyEdit", (params: unknown) => {
    appliedEdits.push(params);
    return { applied: true };
  });
  rpc.onRequest("client/registerCapability", () => null);
  rpc.onNotification("window/showMessage", () => undefined);
  rpc.listen();
  await rpc.sendRequest("initialize", {
    processId: null,
    rootUri: uriOf(root),
    workspaceFolders: [{ uri: uriOf(root), name: "catalog" }],
    locale: init.locale,
    initializationOptions: init.initializationOptions,
    capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, applyEdit: true } },
  });
  await rpc.sendNotification("initialized", {});
  const nextDiagnostics = (file: string) =>
    new Promise<PublishDiagnosticsParams>((resolve) => {
      const uri = uriOf(file);
      waiting.set(uri, [...(waiting.get(uri) ?? []), resolve]);
    });
  return {
    rpc,
    nextDiagnostics,
    appliedEdits,
    async open(file, text) {
      const published = nextDiagnostics(file);
      await rpc.sendNotification("textDocument/didOpen", { textDocument: { uri: uriOf(file), languageId: "yaml", version: 1, text } });
      return (await published).diagnostics;
    },
    async change(file, text, version) {
      const published = nextDiagnostics(file);
      await rpc.sendNotification("textDocument/didChange", { textDocument: { uri: uriOf(file), version }, contentChanges: [{ text }] });
      return (await published).diagnostics;
    },
    async close() {
      await rpc.sendRequest("shutdown");
      rpc.dispose();
      server.dispose();
      toServer.destroy();
      toClient.destroy();
    },
  };
}
