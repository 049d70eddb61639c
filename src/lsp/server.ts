// The language server: every finding of an open catalog file as diagnostics while the user types,
// its fixes, suggestions and a suppression comment as code actions, and `fix all` as a command. The
// catalog's facts come from one pass at startup and follow the files on disk (workspace.ts); the
// open buffer is linted on its unsaved text (lint-buffer.ts).
import { type FSWatcher, watch } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  type CodeAction,
  CodeActionKind,
  type Connection,
  DidChangeWatchedFilesNotification,
  type InitializeParams,
  type InitializeResult,
  TextDocumentSyncKind,
  TextDocuments,
} from "vscode-languageserver/node.js";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { Finding } from "../engine/result.js";
import { UsageError } from "../errors.js";
import { detectLang } from "../i18n/locale.js";
import type { Lang } from "../i18n/localized.js";
import { t } from "../i18n/t.js";
import type { CacheOptions } from "../pipeline/outcome-cache.js";
import { codeActionsFor, FIX_ALL_COMMAND, fixAllEdit } from "./code-actions.js";
import { SOURCE, toDiagnostic } from "./diagnostics.js";
import { lintBuffer } from "./lint-buffer.js";
import { Workspace } from "./workspace.js";

export interface ServerOptions {
  /** The folder whose config and catalog are used when the client names no workspace folder. */
  cwd?: string;
  configFile?: string;
  /** The outcome cache of `lint --cache`, reused for the startup pass. */
  cache?: CacheOptions;
  /** Milliseconds between the last keystroke and the lint of the buffer. */
  debounceMs?: number;
}

/** What `initializationOptions` may set (an editor's settings for guidelint). */
interface InitializationOptions {
  lang?: string;
  /** A docs page per rule, `{id}` standing for the rule id; default: the package's docs/rules/<id>.md. */
  docsUrl?: string;
}

interface Linted {
  version: number;
  findings: Finding[];
}

const DEFAULT_DEBOUNCE_MS = 150;
const REFRESH_DEBOUNCE_MS = 200;

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const linted = new Map<string, Linted>();
  const timers = new Map<string, NodeJS.Timeout>();
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  let lang: Lang = "en";
  let docsUrl: string | undefined;
  let workspace: Promise<Workspace | undefined> = Promise.resolve(undefined);
  let watchesFiles = false;
  let watcher: FSWatcher | undefined;
  let root = path.resolve(options.cwd ?? process.cwd());

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const init = (params.initializationOptions ?? {}) as InitializationOptions;
    const locale = init.lang ?? params.locale ?? "";
    // Read as a POSIX locale would be: zh… is Chinese, anything else English.
    lang = detectLang({ LANG: locale || "en" }) ?? lang;
    docsUrl = typeof init.docsUrl === "string" && init.docsUrl !== "" ? init.docsUrl : undefined;
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    if (folder?.startsWith("file:")) root = fileURLToPath(folder);
    watchesFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    workspace = openWorkspace();
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll] },
        executeCommandProvider: { commands: [FIX_ALL_COMMAND] },
      },
      serverInfo: { name: SOURCE },
    };
  });

  async function openWorkspace(): Promise<Workspace | undefined> {
    try {
      return await Workspace.open({ cwd: root, configFile: options.configFile, cache: options.cache });
    } catch (error) {
      // A broken config is the user's to fix: say so in their words, and lint nothing until then.
      const message = error instanceof UsageError ? t(error.messageId, error.data, lang) : String((error as Error)?.stack ?? error);
      connection.window.showErrorMessage(`guidelint: ${message}`);
      return undefined;
    }
  }

  connection.onInitialized(() => {
    if (watchesFiles) {
      // A client gone before it answers (an editor closing at once) leaves nothing to watch for.
      connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: "**/*.{yaml,yml,json}" }] }).catch(() => undefined);
    } else {
      // Without the client's watcher, Node's own (recursive on Linux from Node 20, macOS, Windows).
      try {
        watcher = watch(root, { recursive: true }, (_event, name) => {
          if (name && !name.split(/[\\/]/).includes("node_modules") && /\.(ya?ml|json)$/i.test(name)) changedOnDisk([path.join(root, name)]);
        });
        watcher.on("error", () => watcher?.close());
      } catch {
        watcher = undefined;
      }
    }
  });

  let pendingChanges = new Set<string>();
  let refreshTimer: NodeJS.Timeout | undefined;
  function changedOnDisk(files: string[]): void {
    for (const file of files) pendingChanges.add(file);
    if (refreshTimer) clearTimeout(refreshTimer);
    refreshTimer = setTimeout(async () => {
      const changed = [...pendingChanges];
      pendingChanges = new Set();
      const ws = await workspace;
      if (changed.some((f) => path.basename(f) === "guidelint.config.yaml" || path.basename(f) === ".guidelintrc.yaml") || !ws) {
        ws?.dispose();
        workspace = openWorkspace();
      } else await ws.refresh(changed);
      // The buffers are as they were, but what they are checked against is not.
      linted.clear();
      for (const document of documents.all()) await validate(document.uri);
    }, REFRESH_DEBOUNCE_MS);
  }

  connection.onDidChangeWatchedFiles((params) => {
    changedOnDisk(params.changes.flatMap((c) => (c.uri.startsWith("file:") ? [fileURLToPath(c.uri)] : [])));
  });

  documents.onDidChangeContent(({ document }) => {
    const previous = timers.get(document.uri);
    if (previous) clearTimeout(previous);
    // The first version (the file just opened) is linted at once; edits wait for a pause in typing.
    const delay = linted.has(document.uri) ? debounceMs : 0;
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri);
        void validate(document.uri);
      }, delay),
    );
  });

  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    linted.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  /** The buffer's findings now, kept for its code actions (undefined: not a catalog file). */
  async function lintNow(uri: string): Promise<Linted | undefined> {
    const document = documents.get(uri);
    const ws = await workspace;
    if (!document || !ws || !uri.startsWith("file:")) return undefined;
    const filePath = fileURLToPath(uri);
    if (!ws.covers(filePath)) return undefined;
    const known = linted.get(uri);
    if (known && known.version === document.version) return known;
    const { result, toolErrors } = lintBuffer(ws, filePath, document.getText());
    for (const message of toolErrors) connection.console.error(message);
    const current = { version: document.version, findings: result.findings };
    linted.set(uri, current);
    return current;
  }

  async function validate(uri: string): Promise<void> {
    const current = await lintNow(uri);
    if (!current || documents.get(uri)?.version !== current.version) return;
    const ws = await workspace;
    const diagnostics = current.findings.map((f, index) => toDiagnostic(f, index, lang, ws!.cwd, docsUrl));
    await connection.sendDiagnostics({ uri, version: current.version, diagnostics });
  }

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    const current = await lintNow(params.textDocument.uri);
    if (!document || !current) return [];
    const actions: CodeAction[] = [];
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    if (wants(CodeActionKind.QuickFix)) {
      for (const diagnostic of params.context.diagnostics) {
        if (diagnostic.source !== SOURCE) continue;
        const finding = findingOf(current.findings, diagnostic);
        if (finding) actions.push(...codeActionsFor(document, finding, diagnostic, lang));
      }
    }
    if (wants(CodeActionKind.SourceFixAll)) {
      const edit = fixAllEdit(document, current.findings);
      if (edit)
        actions.push({
          title: t("lspFixAll", {}, lang),
          kind: `${CodeActionKind.SourceFixAll}.guidelint`,
          edit: { changes: { [document.uri]: [edit] } },
        });
    }
    return actions;
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command !== FIX_ALL_COMMAND) return null;
    const uri = typeof params.arguments?.[0] === "string" ? params.arguments[0] : undefined;
    const document = uri ? documents.get(uri) : undefined;
    const current = uri ? await lintNow(uri) : undefined;
    if (!document || !current) return { applied: false };
    const edit = fixAllEdit(document, current.findings);
    if (!edit) return { applied: false };
    const applied = await connection.workspace.applyEdit({ label: "guidelint fix all", edit: { changes: { [document.uri]: [edit] } } });
    return { applied: applied.applied };
  });

  connection.onShutdown(async () => {
    (await workspace)?.dispose();
    watcher?.close();
    for (const timer of timers.values()) clearTimeout(timer);
    if (refreshTimer) clearTimeout(refreshTimer);
  });

  documents.listen(connection);
  connection.listen();
}

/** The finding a diagnostic shows: by the index it carries, checked against its rule and line. */
function findingOf(
  findings: readonly Finding[],
  diagnostic: { code?: string | number; data?: unknown; range: { start: { line: number } } },
): Finding | undefined {
  const index = (diagnostic.data as { index?: unknown } | undefined)?.index;
  const byIndex = typeof index === "number" ? findings[index] : undefined;
  if (byIndex && byIndex.ruleId === diagnostic.code && byIndex.line - 1 === diagnostic.range.start.line) return byIndex;
  return findings.find((f) => f.ruleId === diagnostic.code && f.line - 1 === diagnostic.range.start.line);
}
