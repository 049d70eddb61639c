// The language server driven as an editor drives it: initialize, open a catalog file, type, ask for
// code actions, run `fix all`, change a file on disk. Diagnostics come from every kind of rule: the
// item rules on the unsaved text, the catalog-wide and same-source rules on the catalog's facts.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import type { CodeAction, Diagnostic, TextEdit } from "vscode-languageserver/node.js";
import { TextDocument } from "vscode-languageserver-textdocument";
import { afterEach, describe, expect, it } from "vitest";
import { tempDir } from "../support/cli.js";
import { FIXTURES_DIR } from "../support/fixtures.js";
import { startClient, type TestClient, uriOf } from "./lsp-client.js";

const BASE = readFileSync(path.join(FIXTURES_DIR, "base-item.yaml"), "utf8").split("\n").slice(2).join("\n");
const CODE_A = "11510921MB1538709A4000117600000";
const CODE_B = "11510900MB1592874D4000117600000";

/** A two-item catalog with one channel: the pc snapshot shows item A under another name. */
function catalog(): { root: string; a: string; b: string } {
  const root = tempDir();
  mkdirSync(path.join(root, "catalog"), { recursive: true });
  mkdirSync(path.join(root, "snapshots/pc"), { recursive: true });
  writeFileSync(path.join(root, "guidelint.config.yaml"), 'catalog: ["catalog/**/*.yaml"]\nchannels:\n  pc: snapshots/pc\n');
  const a = path.join(root, "catalog/a.yaml");
  const b = path.join(root, "catalog/b.yaml");
  writeFileSync(a, BASE.replace("publishedOn: [pc, mobile, window, kiosk]", "publishedOn: [pc]"));
  writeFileSync(b, BASE.replace(CODE_A, CODE_B).replace("publishedOn: [pc, mobile, window, kiosk]", "publishedOn: []"));
  writeFileSync(path.join(root, "snapshots/pc/a.yaml"), `code: "${CODE_A}"\nname: 食品经营许可（变更）\n`);
  return { root, a, b };
}

const rules = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code).sort();
const apply = (text: string, edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create("file:///x.yaml", "yaml", 1, text), edits);
const editsOf = (action: CodeAction, file: string) => action.edit?.changes?.[uriOf(file)] ?? [];

let client: TestClient | undefined;
afterEach(async () => {
  await client?.close();
  client = undefined;
});

describe("guidelint lsp", () => {
  it("publishes the item, catalog-wide and same-source findings of the buffer as it is typed", async () => {
    const { root, a } = catalog();
    client = await startClient(root, { locale: "zh-cn" });
    const text = readFileSync(a, "utf8");

    // As saved: the pc snapshot shows another name (same-source, from the snapshot on disk).
    const opened = await client.open(a, text);
    expect(rules(opened)).toEqual(["same-source-mismatch"]);
    const mismatch = opened[0];
    expect(mismatch.source).toBe("guidelint");
    expect(mismatch.severity).toBe(1);
    expect(mismatch.message).toMatch(/^[^：]+：/); // the rule's Chinese title, then the message
    expect(mismatch.codeDescription?.href).toMatch(/docs\/rules\/same-source-mismatch\.md$/);
    expect(mismatch.range.start.line).toBe(text.split("\n").findIndex((l) => l.startsWith("name:")));

    // Typed, not saved: a full-width phone (item rule) and B's code (catalog-wide: B's file holds it).
    const edited = text.replace("phone: 0825-5432100", "phone: ０８２５－５４３２１００").replaceAll(CODE_A, CODE_B);
    const changed = await client.change(a, edited, 2);
    // B's code is not on pc, which the buffer's publishedOn names: same-source-missing, from the buffer's facts.
    expect(rules(changed)).toEqual(["code-unique", "phone-format", "same-source-missing"]);
    const phone = changed.find((d) => d.code === "phone-format")!;
    const phoneLine = edited.split("\n").findIndex((l) => l.startsWith("phone:"));
    expect(phone.range).toEqual({ start: { line: phoneLine, character: 7 }, end: { line: phoneLine, character: 19 } });
    const unique = changed.find((d) => d.code === "code-unique")!;
    expect(unique.relatedInformation?.[0].location.uri).toBe(uriOf(path.join(root, "catalog/b.yaml")));
    // A's copy on pc is no longer the buffer's item.
    expect(changed.some((d) => d.code === "same-source-mismatch")).toBe(false);
  });

  it("offers the fix, a suppression comment and `fix all`, with edits that do what they say", async () => {
    const { root, a } = catalog();
    client = await startClient(root, { locale: "en-US" });
    const text = readFileSync(a, "utf8").replace("phone: 0825-5432100", "phone: ０８２５－５４３２１００");
    const diagnostics = await client.open(a, text);
    const phone = diagnostics.find((d) => d.code === "phone-format")!;
    expect(phone.message).toMatch(/^[A-Za-z][^:]*: /);

    const actions: CodeAction[] = await client.rpc.sendRequest("textDocument/codeAction", {
      textDocument: { uri: uriOf(a) },
      range: phone.range,
      context: { diagnostics: [phone], only: ["quickfix"] },
    });
    expect(actions.map((x) => x.title)).toEqual([expect.stringMatching(/^Fix: /), "Disable phone-format for this line"]);
    const [fix, disable] = actions;
    expect(fix.isPreferred).toBe(true);
    const fixed = apply(text, editsOf(fix, a));
    expect(fixed).toBe(text.replace("phone: ０８２５－５４３２１００", "phone: 0825-5432100"));

    const suppressed = apply(text, editsOf(disable, a));
    expect(suppressed).toBe(text.replace("phone: ０８２５", "# guidelint-disable-next-line phone-format -- 原因\nphone: ０８２５"));
    expect(rules(await client.change(a, suppressed, 2))).toEqual(["same-source-mismatch"]);

    // In a list entry the comment takes the entry's indentation.
    const nested = suppressed.replace(
      "    necessity: required\n    source: applicant\n    eLicense: false\n  - name: 营业执照",
      "    necessity: 必须\n    source: applicant\n    eLicense: false\n  - name: 营业执照",
    );
    const schema = (await client.change(a, nested, 3)).find((d) => d.code === "schema")!;
    const schemaActions: CodeAction[] = await client.rpc.sendRequest("textDocument/codeAction", {
      textDocument: { uri: uriOf(a) },
      range: schema.range,
      context: { diagnostics: [schema] },
    });
    const disableSchema = schemaActions.find((x) => x.title === "Disable schema for this line")!;
    expect(schema.range.start.line).toBe(nested.split("\n").indexOf("    necessity: 必须"));
    expect(editsOf(disableSchema, a)[0].newText).toBe("    # guidelint-disable-next-line schema -- 原因\n");

    // `fix all` asks the client to apply every safe fix at once.
    await client.change(a, text, 4);
    await client.rpc.sendRequest("workspace/executeCommand", { command: "guidelint.fixAll", arguments: [uriOf(a)] });
    expect(client.appliedEdits).toHaveLength(1);
    const applied = client.appliedEdits[0] as { edit: { changes: Record<string, TextEdit[]> } };
    expect(apply(text, applied.edit.changes[uriOf(a)])).toBe(fixed);
  });

  it("follows the catalog on disk: a file changed there changes the open buffer's catalog-wide findings", async () => {
    const { root, a, b } = catalog();
    client = await startClient(root, { initializationOptions: { docsUrl: "https://intranet.example/rules/{id}.html" } });
    const opened = await client.open(a, readFileSync(a, "utf8"));
    expect(rules(opened)).toEqual(["same-source-mismatch"]);
    expect(opened[0].codeDescription?.href).toBe("https://intranet.example/rules/same-source-mismatch.html");
    writeFileSync(b, readFileSync(b, "utf8").replace(CODE_B, CODE_A));
    const published = client.nextDiagnostics(a);
    await client.rpc.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(b), type: 2 }] });
    expect(rules((await published).diagnostics)).toEqual(["code-unique", "same-source-mismatch"]);
  });

  it("compares the buffer with its entry of a list snapshot, and points at that entry's line in the list file", async () => {
    const { root, a } = catalog();
    const list = `- code: "${CODE_B}"\n  name: 别的事项\n- code: "${CODE_A}"\n  name: 食品经营许可（新办）\n  phone: 0825-5432101\n`;
    writeFileSync(path.join(root, "snapshots/mobile.yaml"), list);
    writeFileSync(path.join(root, "guidelint.config.yaml"), 'catalog: ["catalog/**/*.yaml"]\nchannels:\n  mobile: snapshots/mobile.yaml\n');
    client = await startClient(root);
    const text = readFileSync(a, "utf8").replace("publishedOn: [pc]", "publishedOn: [mobile]");
    const [phone] = await client.open(a, text);
    expect(phone.code).toBe("same-source-mismatch");
    expect(phone.range.start.line).toBe(text.split("\n").findIndex((l) => l.startsWith("phone:")));
    expect(phone.relatedInformation?.[0].location).toEqual({
      uri: uriOf(path.join(root, "snapshots/mobile.yaml")),
      range: { start: { line: 4, character: 9 }, end: { line: 4, character: 21 } },
    });
    // Typed to match the channel: the mismatch is gone (the entry is not read again).
    expect(await client.change(a, text.replace("phone: 0825-5432100", "phone: 0825-5432101"), 2)).toEqual([]);
  });

  it("leaves files outside the catalog alone", async () => {
    const { root } = catalog();
    client = await startClient(root);
    const other = path.join(root, "notes.yaml");
    writeFileSync(other, "a: 1\n");
    await client.rpc.sendNotification("textDocument/didOpen", { textDocument: { uri: uriOf(other), languageId: "yaml", version: 1, text: "a: 1\n" } });
    const actions = await client.rpc.sendRequest("textDocument/codeAction", {
      textDocument: { uri: uriOf(other) },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
      context: { diagnostics: [] },
    });
    expect(actions).toEqual([]);
  });
});
