import { defineRule } from "../types.js";

/** Reported by the engine while reading a file: the record never reaches the other rules. */
export default defineRule({
  id: "yaml-syntax",
  title: { en: "File unreadable as a service guide", "zh-CN": "文件无法读作办事指南" },
  scope: "file",
  defaultSeverity: "error",
  fixable: false,
  description: {
    en: "The file is not valid YAML, has duplicate keys, or is not a mapping.",
    "zh-CN": "文件不是有效的 YAML、含重复键，或不是键值映射。",
  },
  messages: {
    syntax: {
      en: "YAML syntax error: {{detail}}.",
      "zh-CN": "YAML 语法错误：{{detail}}。",
    },
    duplicateKey: {
      en: 'Duplicate key "{{key}}": each key may appear once; remove or rename one of them.',
      "zh-CN": "键“{{key}}”重复：每个键只能出现一次，请删除或改名其中之一。",
    },
    notMapping: {
      en: "The file holds {{actual}}, not one service guide: a guide is a mapping of keys (code: …, name: …).",
      "zh-CN": "文件内容为{{actual}}，不是一份办事指南：办事指南应为键值映射（code: …、name: … 等）。",
    },
    notSnapshotRecord: {
      en: "This entry of the {{channel}} snapshot is not a record: each entry is a mapping with at least code (code: …, name: …).",
      "zh-CN": "{{channel}}渠道快照中的这一项不是一条记录：每项应为至少含 code 的键值映射（code: …、name: … 等）。",
    },
    empty: {
      en: "The file is empty: it should hold one service guide.",
      "zh-CN": "文件为空：应包含一份办事指南。",
    },
    multipleDocuments: {
      en: "The file holds {{count}} YAML documents: keep one service guide per file.",
      "zh-CN": "文件包含{{count}}个 YAML 文档：每个文件只应包含一份办事指南。",
    },
    notUtf8: {
      en: "The file is not UTF-8 (byte {{offset}} is invalid; GBK/GB18030 exports are common): convert it, e.g. `iconv -f GB18030 -t UTF-8 in.yaml > out.yaml`, or in an editor save it as UTF-8.",
      "zh-CN":
        "文件不是 UTF-8 编码（第{{offset}}字节无效，常见于 GBK/GB18030 导出文件）：请转换编码，如 `iconv -f GB18030 -t UTF-8 in.yaml > out.yaml`，或在编辑器中另存为 UTF-8。",
    },
    utf16: {
      en: "The file is UTF-16 encoded: save it as UTF-8 (in Notepad: Save As, Encoding: UTF-8).",
      "zh-CN": "文件为 UTF-16 编码：请另存为 UTF-8（记事本：另存为，编码选 UTF-8）。",
    },
    controlCharacter: {
      en: "The file holds the control character {{char}}, which YAML does not allow (often left by a database export or a copy from another program): delete it.",
      "zh-CN": "文件含控制字符 {{char}}，YAML 不允许出现（常见于数据库导出或从其他程序复制）：请删除。",
    },
    undefinedAlias: {
      en: 'The alias "*{{name}}" refers to no anchor "&{{name}}" set before it: set the anchor first, or write the value out.',
      "zh-CN": "别名“*{{name}}”找不到在其之前定义的锚点“&{{name}}”：请先定义锚点，或直接写出取值。",
    },
    collectionKey: {
      en: "This key is {{kind}}: a key must be a plain name (key: value).",
      "zh-CN": "此键是{{kind}}：键必须是简单名称（键: 值）。",
    },
    unreadable: {
      en: "The file cannot be read: {{detail}}.",
      "zh-CN": "无法读取文件：{{detail}}。",
    },
  },
});
