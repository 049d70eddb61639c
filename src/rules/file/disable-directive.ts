import { defineRule } from "../types.js";

/** Reported by the engine on `# guidelint-disable…` comments: each needs a reason and a known rule. */
export default defineRule({
  id: "disable-directive",
  title: { en: "Suppression comment without reason or rule", "zh-CN": "抑制注释缺少理由或规则有误" },
  scope: "file",
  defaultSeverity: "warning",
  fixable: false,
  description: {
    en: "An inline suppression has no reason, names an unknown rule, or (with --report-unused-disables) suppresses nothing.",
    "zh-CN": "行内抑制注释缺少理由、引用了不存在的规则，或（使用 --report-unused-disables 时）未抑制任何问题。",
  },
  messages: {
    missingReason: {
      en: 'This suppression of {{rules}} gives no reason: add one after " -- ", e.g. "# guidelint-disable-next-line {{rules}} -- confirmed with the department".',
      "zh-CN": "对 {{rules}} 的抑制未说明理由：请在“ -- ”后写明，如“# guidelint-disable-next-line {{rules}} -- 已与部门核实”。",
    },
    unknownRule: {
      en: 'The suppression names "{{rule}}", which is not a rule{{suggestion}}; `guidelint rules` lists them.',
      "zh-CN": "抑制注释中的“{{rule}}”不是规则ID{{suggestion}}；运行 `guidelint rules` 查看全部规则。",
    },
    misplaced: {
      en: "This file-wide suppression of {{rules}} stands below the first key, where it applies to nothing: move it into the comments at the top of the file, or use guidelint-disable-next-line above the line.",
      "zh-CN": "对 {{rules}} 的整文件抑制位于第一个键之后，不起作用：请移到文件开头的注释中，或在该行上方使用 guidelint-disable-next-line。",
    },
    unused: {
      en: "This suppression of {{rules}} suppresses nothing: remove it.",
      "zh-CN": "对 {{rules}} 的抑制没有抑制任何问题，请删除。",
    },
  },
});
