import rule from "../../src/rules/item/runs-depth.js";
import { baseItem, itemWith, testRule } from "../support/rule-tester.js";

/** The base item (runs 0, depth 4) with one more material. */
function withMaterial(fields: Record<string, unknown>, top: Record<string, unknown> = {}) {
  const materials = baseItem().materials as unknown[];
  return itemWith({
    ...top,
    materials: [
      ...materials,
      {
        name: "食品经营许可申请书（签字原件）",
        form: "original",
        media: "paper",
        copies: 1,
        necessity: "required",
        source: "applicant",
        eLicense: false,
        ...fields,
      },
    ],
  });
}
const NEW_MEDIA = ["materials", 4, "media"];

testRule(rule, {
  valid: [
    { name: "depth 4 with every step online", item: itemWith({ process: [{ name: "受理", online: true }, { name: "审查" }] }) },
    { name: "depth 3 with a step on site", item: itemWith({ onlineDepth: 3, process: [{ name: "现场核查", online: false }] }) },
    { name: "the clean base item: depth 4, runs 0, nothing on paper", item: baseItem() },
    { name: "one run at depth 3", item: itemWith({ runs: 1, onlineDepth: 3 }) },
    { name: "two runs at depth 1", item: itemWith({ runs: 2, onlineDepth: 1 }) },
    { name: "runs 0: a paper copy may be scanned", item: withMaterial({ form: "copy" }) },
    { name: "runs 0: an original that may be electronic", item: withMaterial({ media: "paper-or-electronic" }) },
    { name: "runs 0: an electronic original", item: withMaterial({ media: "electronic" }) },
    { name: "runs 0: a paper original that is not required (非必要)", item: withMaterial({ necessity: "optional" }) },
    { name: "runs > 0: a paper original is handed in on the visit", item: withMaterial({}, { runs: 1, onlineDepth: 3, onSiteReason: "须核验原件" }) },
    { name: "runs not a number (schema's finding)", item: itemWith({ runs: "0次" }) },
    { name: "runs absent", item: withMaterial({}, { runs: undefined }) },
    { name: "depth written as text (schema's finding)", item: itemWith({ runs: 1, onlineDepth: "4" }) },
    { name: "form absent: nothing known", item: withMaterial({ form: undefined }) },
  ],
  invalid: [
    {
      name: "depth 4 with a process step done on site",
      item: itemWith({
        process: [
          { name: "受理", online: true },
          { name: "现场核查", online: false },
        ],
      }),
      errors: [{ messageId: "onSiteStep", path: ["process", 1, "online"] }],
    },
    { name: "depth 4 with one run", item: itemWith({ runs: 1 }), errors: [{ messageId: "fullyOnlineWithRuns", path: ["runs"] }] },
    {
      name: "depth 4 with runs and a paper original: only the depth finding",
      item: withMaterial({}, { runs: 2 }),
      errors: [{ messageId: "fullyOnlineWithRuns", path: ["runs"] }],
    },
    { name: "runs 0 and a required paper original", item: withMaterial({}), errors: [{ messageId: "paperOriginal", path: NEW_MEDIA }] },
    {
      name: "runs 0 and a paper original-and-copy",
      item: withMaterial({ form: "original-and-copy" }),
      errors: [{ messageId: "paperOriginal", path: NEW_MEDIA }],
    },
    {
      name: "runs 0 and a deferrable (容缺后补) paper original: still handed in later",
      item: withMaterial({ necessity: "deferrable" }, { onlineDepth: 3 }),
      errors: [{ messageId: "paperOriginal", path: NEW_MEDIA }],
    },
    {
      name: "necessity absent counts as required",
      item: withMaterial({ necessity: undefined }),
      errors: [{ messageId: "paperOriginal", path: NEW_MEDIA }],
    },
    {
      name: "one finding per paper original",
      item: itemWith({
        materials: [
          { name: "申请书", form: "original", media: "paper" },
          { name: "营业执照", form: "copy", media: "paper" },
          { name: "检验报告", form: "original-and-copy", media: "paper", necessity: "required" },
        ],
      }),
      errors: [
        { messageId: "paperOriginal", path: ["materials", 0, "media"] },
        { messageId: "paperOriginal", path: ["materials", 2, "media"] },
      ],
    },
  ],
});
