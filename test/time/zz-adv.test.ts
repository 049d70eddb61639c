import { it } from "vitest";
import { findDurationInText, parseDuration } from "/work/main/src/time/duration.js";
it("adv", () => {
  const cases = {
    digits: "1".repeat(200_000), spaces: "5" + " ".repeat(200_000) + "x", ge: "5" + " 个".repeat(100_000),
    dots: "1.".repeat(100_000), slashes: "1/".repeat(100_000), mixed: "1一".repeat(100_000),
    lead: "承诺".repeat(100_000), trail: "20个工作日" + "。".repeat(200_000) + "x", digitsSpaceGe: "1".repeat(100_000) + " ".repeat(100_000) + "个x",
    prefix: "受理之日起".repeat(40_000) + "x",
  };
  for (const [k, v] of Object.entries(cases)) {
    const t = performance.now(); findDurationInText(v); const t2 = performance.now(); parseDuration(v);
    console.log(k, (t2 - t).toFixed(1), (performance.now() - t2).toFixed(1));
  }
});
