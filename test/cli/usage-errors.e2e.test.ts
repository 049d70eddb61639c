// Every name a user types gets a "did you mean" for the part that is wrong, in the user's language,
// and commander's own errors read like the tool's.
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";

const ZH = { LANG: "zh_CN.UTF-8" };

describe("commander's errors in the user's language", () => {
  it("unknown option, with the option it was meant to be", async () => {
    const en = await runCli(["lint", "--formt", "json"]);
    expect(en.status).toBe(2);
    expect(en.stderr).toBe('guidelint: Unknown option --formt (did you mean "--format"?); `guidelint lint --help` lists the options.\n');
    const zh = await runCli(["metrics", "--group", "department"], { env: ZH });
    expect(zh.status).toBe(2);
    expect(zh.stderr).toBe("guidelint: 未知选项 --group（是否应为“--group-by”？）；运行 `guidelint metrics --help` 查看全部选项。\n");
  });

  it("--lang chooses the language before the command's options are read", async () => {
    expect((await runCli(["lint", "--lang", "zh-CN", "--qiuet"])).stderr).toMatch(/^guidelint: 未知选项 --qiuet（是否应为“--quiet”？）/);
  });

  it("an option without its value", async () => {
    const run = await runCli(["lint", "--format"], { env: ZH });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("guidelint: 选项 --format <name[=file]> 需要一个值。\n");
  });

  it("a required option left out", async () => {
    expect((await runCli(["import", "x.csv"])).stderr).toBe(
      "guidelint: The command import needs the option --out <dir>; `guidelint import --help` lists the options.\n",
    );
    const zh = await runCli(["import", "x.csv"], { env: ZH });
    expect(zh.status).toBe(2);
    expect(zh.stderr).toBe("guidelint: 命令 import 须给出选项 --out <dir>；运行 `guidelint import --help` 查看全部选项。\n");
  });

  it("too many arguments", async () => {
    const run = await runCli(["rules", "phone-format", "name-format"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("guidelint: The command rules takes at most 1 argument but got 2: name-format.\n");
    expect((await runCli(["init", "x"], { env: ZH })).stderr).toBe("guidelint: 命令 init 最多接受 0 个参数，但收到 1 个：x。\n");
  });

  it("a misspelt command (lint, the default, would read it as a path)", async () => {
    const run = await runCli(["metrcs"], { env: ZH });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      "guidelint: 未知命令“metrcs”（是否应为“metrics”？）；可用命令：lint, metrics, sources, rules, fix, merge, import, export, init, report, lsp。\n",
    );
    // A real path close to a command's name is still a path.
    expect((await runCli(["catalog"])).stderr).not.toMatch(/Unknown command/);
  });
});

describe("did you mean, for the part that is wrong", () => {
  it("--rule: the rule id when it is the id, the severity when it is the severity", async () => {
    expect((await runCli(["lint", "--rule", "phone-fromat:warning"])).stderr).toBe(
      'guidelint: Option --rule "phone-fromat:warning" must be <rule-id>:<off|warning|error> (did you mean "phone-format"?).\n',
    );
    expect((await runCli(["lint", "--rule", "phone-format:警告"])).stderr).toBe(
      'guidelint: Option --rule "phone-format:警告": "警告" is not a severity (did you mean "warning"?); use off, warning or error.\n',
    );
    expect((await runCli(["lint", "--rule", "phone-format:eror"], { env: ZH })).stderr).toBe(
      "guidelint: 选项 --rule “phone-format:eror”：“eror”不是有效级别（是否应为“error”？）；请使用 off、warning 或 error。\n",
    );
    expect((await runCli(["lint", "--rule", "phone-format:warn", "catalog"])).status).not.toBe(2);
  });

  it("--group-by and --sort", async () => {
    const groupBy = await runCli(["metrics", "--group-by", "region,departmnt"]);
    expect(groupBy.status).toBe(2);
    expect(groupBy.stderr).toMatch(/^guidelint: Option --group-by "departmnt" \(did you mean "department"\?\) must be one or more of department, region/);
    expect((await runCli(["report", "--sort", "meanCompresion"])).stderr).toMatch(
      /--sort "meanCompresion" is not a metric \(did you mean "meanCompression"\?\)/,
    );
  });

  it("a rule id in `guidelint rules`", async () => {
    const run = await runCli(["rules", "phone-formt"], { env: ZH });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^guidelint: 规则“phone-formt”不存在（是否应为“phone-format”？）/);
  });
});
