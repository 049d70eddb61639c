// How a file that cannot be read as text is described where it stops the run (a config, a
// profile, a list, the basic catalog, a baseline): the same words for every such file.
import type { SourceProblem } from "../source/read-source.js";
import type { LocalizedText } from "./localized.js";

export function describeSourceProblem(problem: SourceProblem): LocalizedText {
  switch (problem.kind) {
    case "unreadable":
      return { en: problem.detail, "zh-CN": problem.detail };
    case "not-a-file":
      return { en: "it is not a regular file", "zh-CN": "它不是普通文件" };
    case "utf16":
      return {
        en: "it is UTF-16 encoded: save it as UTF-8 (in Notepad: Save As, Encoding: UTF-8)",
        "zh-CN": "文件为 UTF-16 编码：请另存为 UTF-8（记事本：另存为，编码选 UTF-8）",
      };
    case "not-utf8":
      return {
        en: `it is not UTF-8 (byte ${problem.offset}, line ${problem.line}; GBK/GB18030 exports are common): convert it, e.g. \`iconv -f GB18030 -t UTF-8 in > out\`, or save it as UTF-8 in an editor`,
        "zh-CN": `文件不是 UTF-8 编码（第${problem.offset}字节，第${problem.line}行；常见于 GBK/GB18030 导出文件）：请转换编码，如 \`iconv -f GB18030 -t UTF-8 in > out\`，或在编辑器中另存为 UTF-8`,
      };
  }
}
