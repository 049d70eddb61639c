import { it } from "vitest";
import { BUILTIN_LISTS } from "../src/lists/builtin.js";
import cancelled from "../src/rules/item/materials-cancelled-proof.js";
import el from "../src/rules/item/materials-e-license.js";
import vague from "../src/rules/item/materials-vague.js";
import { baseItem } from "./support/rule-tester.js";
it("bench", () => {
  const item = baseItem();
  (item.materials as any[]).push({ name: "户籍所在地村（居）委会出具的无犯罪记录证明及相关材料", media: "paper" }, { name: "法定代表人居民身份证复印件（正反面）", media: "paper" });
  for (const rule of [cancelled, el, vague]) {
    const t = performance.now();
    for (let i = 0; i < 10000; i++) rule.check!({ item, options: {}, lists: BUILTIN_LISTS, unitFactors: {} as any, report: () => {} });
    console.log(rule.id, (performance.now() - t).toFixed(0), "ms / 10k items");
  }
  const t = performance.now();
  const long = { ...item, materials: [{ name: "其他".repeat(50000) + "材料" }, { name: "村委会".repeat(30000) }] };
  for (const rule of [cancelled, el, vague]) rule.check!({ item: long, options: {}, lists: BUILTIN_LISTS, unitFactors: {} as any, report: () => {} });
  console.log("adversarial", (performance.now() - t).toFixed(0), "ms");
});
