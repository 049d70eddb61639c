import { asNumber, recordsOf } from "../access.js";
import { cappedReport, MORE_FINDINGS } from "../caps.js";
import { defineRule } from "../types.js";

// 全程网办 (online depth 4) means the applicant never has to come in: zero runs, and no step of the
// process (办理流程) done on site. And zero runs
// (零跑动) cannot be true while a paper original must be handed in, since nothing in the record
// says how it would reach the office other than by a visit.
const ORIGINAL_FORMS = new Set(["original", "original-and-copy"]);

/** The run count agrees with the online depth and with the paper originals required. */
export default defineRule({
  id: "runs-depth",
  title: { en: "Runs contradict online depth", "zh-CN": "跑动次数与网上办理深度矛盾" },
  scope: "item",
  defaultSeverity: "error",
  fixable: false,
  description: {
    en: "The run count contradicts the online depth or the paper originals required.",
    "zh-CN": "到现场次数与网上办理深度或纸质原件要求矛盾。",
  },
  policy: "全程网办 / 零跑动",
  messages: {
    fullyOnlineWithRuns: {
      en: "The online depth is level 4 (fully online), but the run count is {{runs}}: a fully online item needs no visit. Set the run count to 0, or lower the online depth to what the applicant can really do online.",
      "zh-CN": "网上办理深度为四级（全程网办），但到办事现场次数为{{runs}}；全程网办事项无需到现场，请将到办事现场次数改为0，或按实际情况降低网上办理深度。",
    },
    onSiteStep: {
      en: 'The online depth is level 4 (fully online), but step "{{step}}" of the process cannot be done online (online: false): a fully online item has no step on site. Make the step available online, or lower the online depth to what the applicant can really do online.',
      "zh-CN":
        "网上办理深度为四级（全程网办），但办理流程中的“{{step}}”环节不能网上办理（须到现场）；全程网办事项的各环节均应可网上办理，请将该环节改为网上办理，或按实际情况降低网上办理深度。",
    },
    paperOriginal: {
      en: 'The run count is 0, but material "{{name}}" must be handed in as a paper original, which cannot happen without a visit. Accept it electronically (media paper-or-electronic or electronic) or by post, or count the run.',
      "zh-CN":
        "到办事现场次数为0，但申请材料“{{name}}”须提交纸质原件，申请人不到现场无法提交；请改为可提交电子材料（材料介质改为“纸质或电子”或“电子”）或邮寄提交，或如实计入到办事现场次数。",
    },
    more: MORE_FINDINGS,
  },
  check({ item, report }) {
    // A step that must be done on site contradicts 全程网办 whatever the run count says.
    if (asNumber(item.onlineDepth) === 4) {
      const steps = cappedReport(report, "more");
      for (const [step, index] of recordsOf(item.process)) {
        if (step.online !== false) continue;
        const name = typeof step.name === "string" && step.name.trim() !== "" ? step.name.trim() : `#${index + 1}`;
        steps.report({ messageId: "onSiteStep", path: ["process", index, "online"], data: { step: name } });
      }
      steps.flush();
    }
    const runs = asNumber(item.runs);
    if (runs === undefined) return;
    if (runs > 0) {
      if (asNumber(item.onlineDepth) === 4) {
        report({ messageId: "fullyOnlineWithRuns", path: ["runs"], data: { runs } });
      }
      return;
    }
    if (runs !== 0) return;
    const capped = cappedReport(report, "more");
    for (const [material, index] of recordsOf(item.materials)) {
      // A material that is not required (非必要) need not be handed in at all.
      if (material.necessity === "optional") continue;
      if (material.media !== "paper" || typeof material.form !== "string" || !ORIGINAL_FORMS.has(material.form)) continue;
      const name = typeof material.name === "string" ? material.name : `#${index + 1}`;
      capped.report({ messageId: "paperOriginal", path: ["materials", index, "media"], data: { name } });
    }
    capped.flush();
  },
});
