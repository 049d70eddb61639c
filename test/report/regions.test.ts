// Region names: the config's `regions:` first, then the shipped GB/T 2260 names, else the code;
// a name two regions of one report share is told apart by the division above it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { regionNames } from "../../src/report/regions.js";
import { itemText, runCli, tempDir } from "../support/cli.js";

describe("region names", () => {
  it.each([
    { case: "a county from the package", codes: ["510903"], configured: {}, expected: ["船山区"] },
    { case: "a city and a province", codes: ["510900", "510000"], configured: {}, expected: ["遂宁市", "四川省"] },
    { case: "a county created in 2021 (fresh data)", codes: ["330113"], configured: {}, expected: ["临平区"] },
    { case: "the config's name wins", codes: ["510903"], configured: { "510903": "船山区（含高新区）" }, expected: ["船山区（含高新区）"] },
    { case: "a code nobody names reads as itself", codes: ["519999", "abc"], configured: {}, expected: ["519999", "abc"] },
    { case: "a configured name for an unknown code", codes: ["519999"], configured: { "519999": "遂宁经开区" }, expected: ["遂宁经开区"] },
    {
      case: "two 朝阳区 are told apart by their city or municipality",
      codes: ["110105", "220104", "510903"],
      configured: {},
      expected: ["北京市朝阳区", "长春市朝阳区", "船山区"],
    },
    {
      case: "two 城关镇-like configured names take the package's city name",
      codes: ["510921", "510923"],
      configured: { "510921": "城关镇", "510923": "城关镇" },
      expected: ["遂宁市城关镇", "遂宁市城关镇"],
    },
  ])("$case", ({ codes, configured, expected }) => {
    const names = regionNames(codes, configured as Record<string, string>);
    expect(codes.map((code) => names.get(code))).toEqual(expected);
  });

  it("names regions in the report's rankings (HTML, Markdown, CSV with the code) and the metrics table", async () => {
    const dir = tempDir({
      "catalog/a.yaml": itemText(),
      "guidelint.config.yaml": 'catalog: "catalog/**/*.yaml"\nregions:\n  "510921": 蓬溪县（试点）\n',
    });
    for (const [file, check] of [
      ["r.md", (text: string) => expect(text).toMatch(/\| 1 \| 蓬溪县（试点） \|/)],
      ["r.html", (text: string) => expect(text).toContain("<td>蓬溪县（试点）</td>")],
      ["r.csv", (text: string) => expect(text).toMatch(/"蓬溪县（试点）".*"510921"/)],
    ] as const) {
      const run = await runCli(["report", "--lang", "zh-CN", "-o", file], { cwd: dir });
      expect(run.status, run.stderr).toBe(0);
      check(readFileSync(`${dir}/${file}`, "utf8"));
    }
    const metrics = await runCli(["metrics", "--group-by", "region", "--lang", "zh-CN"], { cwd: dir });
    expect(metrics.stdout).toContain("蓬溪县（试点）");
    const json = await runCli(["metrics", "--format", "json"], { cwd: dir });
    expect(Object.keys(JSON.parse(json.stdout).groups.region)).toEqual(["510921"]);
  });

  it("refuses a `regions:` key that is not a 6-digit code, naming the line", async () => {
    const dir = tempDir({ "catalog/a.yaml": itemText(), "guidelint.config.yaml": "regions:\n  蓬溪: 蓬溪县\n" });
    const run = await runCli(["report", "-o", "r.md"], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/guidelint\.config\.yaml:\d/);
    expect(run.stderr).toContain("regions");
  });
});
