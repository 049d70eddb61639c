// Starts `guidelint lsp --stdio` for the workspace: the workspace's own guidelint (node_modules/.bin),
// else the `guidelint.path` setting, else `guidelint` on PATH. The server does the rest.
const fs = require("node:fs");
const path = require("node:path");
const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client;

function serverCommand(folder) {
  const bin = path.join(folder, "node_modules", ".bin", process.platform === "win32" ? "guidelint.cmd" : "guidelint");
  if (fs.existsSync(bin)) return bin;
  const configured = vscode.workspace.getConfiguration("guidelint").get("path");
  return configured || "guidelint";
}

async function activate(context) {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  if (!folder) return;
  const command = serverCommand(folder);
  const settings = vscode.workspace.getConfiguration("guidelint");
  const serverOptions = {
    command,
    args: ["lsp", "--stdio"],
    transport: TransportKind.stdio,
    // A .cmd shim on Windows needs a shell to start.
    options: { cwd: folder, shell: process.platform === "win32" },
  };
  const clientOptions = {
    documentSelector: [{ scheme: "file", language: "yaml" }],
    initializationOptions: { docsUrl: settings.get("docsUrl") || undefined },
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher("**/*.{yaml,yml,json}") },
  };
  client = new LanguageClient("guidelint", "guidelint", serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.commands.registerCommand("guidelint.fixAll", () => {
      const uri = vscode.window.activeTextEditor?.document.uri.toString();
      if (uri) return client.sendRequest("workspace/executeCommand", { command: "guidelint.fixAll", arguments: [uri] });
    }),
  );
  await client.start();
}

function deactivate() {
  return client?.stop();
}

module.exports = { activate, deactivate };
