import { asNumber, isBlank } from "../access.js";
import { defineRule } from "../types.js";

/** An item that needs a visit says why (必须现场办理原因说明, required when runs > 0). */
export default defineRule({
  id: "runs-reason",
  title: { en: "On-site visit without reason", "zh-CN": "到现场办理未说明原因" },
  scope: "item",
  defaultSeverity: "error",
  fixable: false,
  description: {
    en: "Runs above 0 without a reason for on-site handling.",
    "zh-CN": "到现场次数大于0但未说明必须现场办理的原因。",
  },
  policy: "到现场次数",
  messages: {
    missingReason: {
      en: "The applicant must come to the service site {{runs}} time(s), but no reason for on-site handling is given: write in onSiteReason why a visit is needed (e.g. the law requires checking the original, an on-site inspection, taking fingerprints), or set the run count to 0.",
      "zh-CN":
        "到办事现场次数为{{runs}}次，但未填写必须现场办理原因说明；请写明必须到现场办理的依据或原因（如法律规定须当场核验原件、现场勘验、采集指纹），或将到办事现场次数改为0。",
    },
  },
  check({ item, report }) {
    const runs = asNumber(item.runs);
    if (runs === undefined || runs <= 0) return;
    // A reason of the wrong type (a number, a list) is the schema's finding, not a missing reason.
    if (!isBlank(item.onSiteReason)) return;
    // The reason element is what is missing, but it may be absent altogether: point at the runs
    // that require it.
    report({ messageId: "missingReason", path: ["runs"], data: { runs } });
  },
});
