// `guidelint lsp --stdio`: the language server on stdin/stdout. The server's modules (and the
// vscode-languageserver packages) load only here, so no other command pays for them.
import { UsageError } from "../errors.js";
import { type PassOptionValues, passSettings } from "./pass-options.js";
import type { CommandRun } from "./runner.js";

interface LspOptions extends PassOptionValues {
  stdio?: boolean;
  config?: string;
}

export async function run(cmd: CommandRun, _args: unknown[], options: LspOptions): Promise<number> {
  const { io } = cmd;
  // The one transport there is; asked for by name, as editors' clients do.
  if (!options.stdio) throw new UsageError("lspNeedsStdio", {});
  const { cache } = passSettings(io.cwd, io.version, options);
  const [{ createConnection, StreamMessageReader, StreamMessageWriter }, { startServer }] = await Promise.all([
    import("vscode-languageserver/node.js"),
    import("../lsp/server.js"),
  ]);
  const connection = createConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(io.stdout));
  const closed = new Promise<number>((resolve) => connection.onExit(() => resolve(0)));
  startServer(connection, { cwd: io.cwd, configFile: options.config, cache });
  return closed;
}
