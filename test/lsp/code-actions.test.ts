// Suggestions as code actions: a finding may carry `suggestions: [{ desc, fix }]` (fixes a person
// must review); each becomes an action of its own, never preferred, its edit made by the fixer.
import type { CodeAction } from "vscode-languageserver/node.js";
import { TextDocument } from "vscode-languageserver-textdocument";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/engine/result.js";
import { codeActionsFor } from "../../src/lsp/code-actions.js";

const TEXT = "code: X\nmaterials:\n  - name: 户口本\n    media: paper\n";
const document = TextDocument.create("file:///c/a.yaml", "yaml", 1, TEXT);
const diagnostic = { range: { start: { line: 3, character: 11 }, end: { line: 3, character: 16 } }, message: "m" };

function finding(suggestions: unknown): Finding {
  const base: Finding = {
    ruleId: "materials-e-license",
    severity: "warning",
    messageId: "listed",
    data: {},
    path: ["materials", 0, "media"],
    line: 4,
    column: 12,
    endLine: 4,
    endColumn: 17,
  };
  return Object.assign(base, { suggestions });
}

const edited = (action: CodeAction) => TextDocument.applyEdits(document, action.edit?.changes?.[document.uri] ?? []);

describe("suggestions as code actions", () => {
  it("offers each suggestion, in the editor's language, with the fixer's edit", () => {
    const actions = codeActionsFor(
      document,
      finding([
        { desc: { en: "Accept it electronically", "zh-CN": "改为可提交电子材料" }, fix: { value: "paper-or-electronic" } },
        { desc: { en: "Rename it", "zh-CN": "Remove the name" }, fix: { path: ["materials", 0, "name"], value: "营业执照" } },
      ]),
      diagnostic,
      "zh-CN",
    );
    expect(actions.map((a) => a.title)).toEqual(["改为可提交电子材料", "Remove the name", "在此行禁用 materials-e-license"]);
    expect(actions.some((a) => a.isPreferred)).toBe(false);
    expect(edited(actions[0])).toBe(TEXT.replace("media: paper", "media: paper-or-electronic"));
    expect(edited(actions[1])).toBe(TEXT.replace("name: 户口本", "name: 营业执照"));
    expect(edited(actions[2])).toBe(TEXT.replace("    media:", "    # guidelint-disable-next-line materials-e-license -- 原因\n    media:"));
  });

  it("a suggestion that removes a list entry removes its lines", () => {
    const two = TextDocument.create("file:///c/b.yaml", "yaml", 1, `${TEXT}  - name: 营业执照  # kept\n`);
    const suggestion = { desc: { en: "Remove the material", "zh-CN": "删除该材料" }, fix: { remove: true as const, path: ["materials", 0] } };
    const [remove] = codeActionsFor(two, finding([suggestion]), diagnostic, "en");
    expect(remove.title).toBe("Remove the material");
    expect(TextDocument.applyEdits(two, remove.edit?.changes?.[two.uri] ?? [])).toBe("code: X\nmaterials:\n  - name: 营业执照  # kept\n");
  });

  it.each([
    ["no suggestions field", undefined],
    ["a fix that changes nothing", [{ desc: { en: "d", "zh-CN": "d" }, fix: { value: "paper" } }]],
  ])("offers only the suppression for %s", (_name, suggestions) => {
    expect(codeActionsFor(document, finding(suggestions), diagnostic, "en").map((a) => a.title)).toEqual(["Disable materials-e-license for this line"]);
  });
});
