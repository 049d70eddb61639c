// A LintResult from a real lint run over a small catalog with known defects, for the formatter tests.
import { lint } from "../../src/api.js";
import type { LintResult } from "../../src/engine/result.js";
import type { FormatContext } from "../../src/formatters/types.js";
import { PLAIN } from "../../src/formatters/types.js";
import type { Lang } from "../../src/i18n/localized.js";
import { itemText, tempDir } from "../support/cli.js";

const HALF_WIDTH_NAME = { "name: 食品经营许可（新办）": "name: 食品经营许可(新办)" }; // warning
const PROMISED_TOO_LONG = {
  "promised: { value: 5,  unit: working-day, note: 受理之日起5个工作日 }": "promised: { value: 30, unit: working-day, note: 受理之日起30个工作日 }",
}; // error
const VAGUE_MATERIAL = { "  - name: 食品安全管理制度文本": "  - name: 其他相关材料" }; // error

/** Files: two defective items (one in a folder whose name needs escaping), a clean one, a broken one and a duplicate code. */
export function defectiveCatalog(): Record<string, string> {
  return {
    "catalog/a.yaml": itemText({ ...HALF_WIDTH_NAME, ...PROMISED_TOO_LONG }, 1),
    "catalog/sub dir/b,c.yaml": itemText(VAGUE_MATERIAL, 2),
    "catalog/clean.yaml": itemText({}, 3),
    "catalog/dup.yaml": itemText({}, 1),
    "catalog/broken.yaml": "code: [\n",
  };
}

export async function lintFixture(files: Record<string, string> = defectiveCatalog()): Promise<{ dir: string; result: LintResult }> {
  const dir = tempDir(files);
  const run = await lint({ cwd: dir, paths: ["catalog"] });
  return { dir, result: { results: run.results, summary: run.summary, toolErrors: run.toolErrors } };
}

export const context = (lang: Lang = "en", extra: Partial<FormatContext> = {}): FormatContext => ({ lang, style: PLAIN, version: "0.1.0", ...extra });
