import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createSettingsResolver } from "../../src/config/rule-settings.js";
import { defaultConfig, resolveConfig } from "../../src/config/load-config.js";
import { UsageError } from "../../src/errors.js";
import { MESSAGES } from "../../src/i18n/messages.js";
import { renderText } from "../../src/i18n/render.js";
import { METRIC_IDS, METRICS } from "../../src/metrics/definitions.js";
import { parseProfile } from "../../src/config/profiles/profile-file.js";
import { BUILTIN_PROFILES, type Profile } from "../../src/config/profiles/builtin.js";
import { resolveProfile } from "../../src/config/profiles/resolve-profile.js";
import { evaluateTargets } from "../../src/metrics/targets.js";
import { createAjv, loadSchema } from "../../src/schema/ajv.js";
import { ROOT, tempDir } from "../support/cli.js";

/** The UsageError a call throws, rendered in English, with its message id. */
function usageError(call: () => unknown): { messageId: string; text: string[] } {
  try {
    call();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const problems = [{ messageId: error.messageId, data: error.data }, ...error.more];
    return { messageId: error.messageId, text: problems.map((p) => renderText(MESSAGES[p.messageId], p.data, "en")) };
  }
  throw new Error("no UsageError");
}

describe("built-in profiles", () => {
  it("are metrics.md's table, target for target", () => {
    const table = Object.fromEntries(BUILTIN_PROFILES.map((p) => [p.name, { document: p.document, targets: p.targets }]));
    expect(table).toEqual({
      "sichuan-pengxi-2021": {
        document: "蓬府办函〔2021〕6号 (蓬溪县“一网通办”能力提升攻坚行动方案)",
        targets: { onlineAvailable: { min: 1 }, atMostOneRun: { min: 0.95 }, fullyOnline: { min: 0.85 }, meanCompression: { min: 0.6 } },
      },
      "henan-pingdingshan-2021": {
        document: "平顶山市一体化政务服务能力提升实施方案 (2021-11-04)",
        targets: {
          compressionNaturalPerson: { min: 0.75 },
          compressionLegalPerson: { min: 0.7 },
          meanRuns: { max: 0.1 },
          immediate: { min: 0.4 },
          onlineAvailable: { min: 0.99 },
          fullyOnline: { min: 0.9 },
        },
      },
      "chengdu-2018": { document: "成都市加快推进“互联网+政务服务”工作方案", targets: { atMostOneRun: { min: 0.8 } } },
      "gansu-huating-2023": { document: "华政办发〔2023〕58号", targets: { onlineAvailable: { min: 0.99 } } },
    });
  });

  it("are valid profiles by the profile schema, which knows exactly the metric ids", () => {
    const schema = loadSchema("profile.schema.json") as { properties: { targets: { properties: Record<string, { title: string }> } } };
    expect(Object.keys(schema.properties.targets.properties)).toEqual([...METRIC_IDS]);
    for (const metric of METRICS) expect(schema.properties.targets.properties[metric.id].title).toBe(metric.label["zh-CN"]);
    const validate = createAjv().compile(schema);
    for (const profile of BUILTIN_PROFILES) expect(validate(profile), `${profile.name} ${JSON.stringify(validate.errors)}`).toBe(true);
  });
});

describe("profile files", () => {
  const parse = (text: string) => parseProfile(text, "/x/my-county-2025.yaml", "my-county-2025.yaml");

  it("reads metrics.md's example, naming it after the file when it has no name", () => {
    const profile = parse(
      [
        "document: 某县政务服务能力提升方案（2025）",
        "targets:",
        "  meanCompression: { min: 0.6 }",
        "  meanRuns: { max: 0.1 }",
        "rules:",
        "  time-limit-compression: [error, { min: 0.7 }]",
        "  runs-target: warn",
        "channels: [pc, mobile]",
      ].join("\n"),
    );
    expect(profile).toEqual({
      name: "my-county-2025",
      document: "某县政务服务能力提升方案（2025）",
      targets: { meanCompression: { min: 0.6 }, meanRuns: { max: 0.1 } },
      rules: { "time-limit-compression": { level: "error", options: { min: 0.7 } }, "runs-target": { level: "warning" } },
      channels: ["pc", "mobile"],
      file: "/x/my-county-2025.yaml",
    });
  });

  it.each([
    [
      "an unknown metric, with a suggestion",
      "document: d\ntargets:\n  meanCompresion: { min: 0.6 }\n",
      /my-county-2025\.yaml:3: targets\.meanCompresion is not a metric \(did you mean "meanCompression"\?\)/,
    ],
    [
      "a percentage written as a whole number",
      "document: d\ntargets:\n  fullyOnline: { min: 85 }\n",
      /:3: targets\.fullyOnline\.min must be at most 1 \(a share: write 60 % as 0\.6\)/,
    ],
    ["a target with neither min nor max", "document: d\ntargets:\n  fullyOnline: {}\n", /targets\.fullyOnline must give min or max/],
    ["a bound that is not a number", "document: d\ntargets:\n  meanRuns: { max: low }\n", /targets\.meanRuns\.max must be number/],
    ["no document", "targets:\n  meanRuns: { max: 0.1 }\n", /\(top level\) is missing "document"/],
    ["a misspelt top-level key", "document: d\ntarget:\n  meanRuns: { max: 0.1 }\n", /unknown key "target" \(did you mean "targets"\?\)/],
    [
      "an unknown rule",
      "document: d\ntargets: { meanRuns: { max: 0.1 } }\nrules:\n  runs-targt: error\n",
      /:4: rules names an unknown rule "runs-targt" \(did you mean "runs-target"\?\)/,
    ],
    [
      "a rule option out of range",
      "document: d\ntargets: { meanRuns: { max: 0.1 } }\nrules:\n  time-limit-compression: [warning, { min: 60 }]\n",
      /rules\.time-limit-compression\[1\]\.min must be at most 1/,
    ],
  ])("names the key of %s (exit 2)", (_, text, message) => {
    const error = usageError(() => parse(text));
    expect(error.text.join("\n")).toMatch(message);
  });

  it("says where broken YAML breaks", () => {
    const error = usageError(() => parse("document: d\ntargets: [unclosed\n"));
    expect(error.messageId).toBe("profileSyntax");
    expect(error.text[0]).toMatch(/my-county-2025\.yaml is not valid YAML \(line \d+/);
  });
});

describe("resolveProfile", () => {
  it("finds a built-in by name, else a file relative to the given folder", () => {
    expect(resolveProfile("chengdu-2018", "/nowhere", "/nowhere", "--profile").name).toBe("chengdu-2018");
    const dir = tempDir({ "profiles/mine.yaml": "name: mine\ndocument: d\ntargets: { zeroRuns: { min: 0.5 } }\n" });
    const profile = resolveProfile("profiles/mine.yaml", dir, dir, "--profile");
    expect(profile.targets).toEqual({ zeroRuns: { min: 0.5 } });
    expect(profile.file).toBe(path.join(dir, "profiles/mine.yaml"));
  });

  it("suggests a built-in for a misspelt name, and says a named file is missing", () => {
    const unknown = usageError(() => resolveProfile("chengdu-2019", "/nowhere", "/nowhere", "--profile"));
    expect(unknown.text[0]).toMatch(
      /Unknown profile "chengdu-2019" \(--profile\) \(did you mean "chengdu-2018"\?\)\. Built-in profiles: sichuan-pengxi-2021, henan-pingdingshan-2021, chengdu-2018, gansu-huating-2023/,
    );
    const missing = usageError(() => resolveProfile("profiles/none.yaml", tempDir(), "/", "--profile"));
    expect(missing.messageId).toBe("profileUnreadable");
  });

  it("resolves the config's profile relative to the config, and fails the config naming its line", () => {
    const dir = tempDir({ "conf/p.yaml": "document: d\ntargets: { meanCompression: { min: 0.8 } }\n" });
    const configFile = path.join(dir, "conf/guidelint.config.yaml");
    writeFileSync(configFile, "profile: p.yaml\n");
    expect(resolveConfig(readFileSync(configFile, "utf8"), configFile, dir).activeProfile?.targets).toEqual({ meanCompression: { min: 0.8 } });
    const error = usageError(() => resolveConfig("catalog: [a]\nprofile: sichuan\n", configFile, dir));
    expect(error.text[0]).toMatch(/Unknown profile "sichuan" \(conf\/guidelint\.config\.yaml:2: profile\)/);
  });
});

describe("evaluateTargets", () => {
  const figures = (value: number | null) => ({ value, count: 0, total: 0 });
  const overall = Object.fromEntries(METRIC_IDS.map((id) => [id, figures(0.5)])) as Parameters<typeof evaluateTargets>[1];
  const profile = (targets: Profile["targets"]): Profile => ({ name: "p", document: "d", targets });

  it("meets a min at or above it and a max at or below it, to within float noise", () => {
    const results = evaluateTargets(profile({ zeroRuns: { min: 0.5 }, immediate: { max: 0.5 }, fullyOnline: { min: 0.5000001 } }), {
      ...overall,
      zeroRuns: figures(0.49999999999999994),
    });
    expect(results.map((r) => r.met)).toEqual([true, true, false]);
  });

  it("misses a target whose figure has no value", () => {
    expect(evaluateTargets(profile({ eLicenseExempt: { min: 0 } }), { ...overall, eLicenseExempt: figures(null) })).toEqual([
      { metric: "eLicenseExempt", op: ">=", target: 0, value: null, met: false },
    ]);
  });
});

describe("the active profile sets up rules", () => {
  const compressionMin = (config: ReturnType<typeof defaultConfig>) =>
    createSettingsResolver(config)(path.join(ROOT, "a.yaml")).rules.get("time-limit-compression")?.options.min;
  const henan = BUILTIN_PROFILES.find((p) => p.name === "henan-pingdingshan-2021")!;
  const sichuan = BUILTIN_PROFILES.find((p) => p.name === "sichuan-pengxi-2021")!;
  const strict: Profile = { name: "strict", document: "d", targets: { meanCompression: { min: 0.8 } } };

  it("time-limit-compression's min is the profile's mean-compression target; 0.6 without one", () => {
    expect(compressionMin(defaultConfig(ROOT))).toBe(0.6);
    expect(compressionMin({ ...defaultConfig(ROOT), activeProfile: henan })).toBe(0.6);
    expect(compressionMin({ ...defaultConfig(ROOT), activeProfile: sichuan })).toBe(0.6);
    expect(compressionMin({ ...defaultConfig(ROOT), activeProfile: strict })).toBe(0.8);
  });

  it("a profile's rules come after its targets, and the config's own rules win over both", () => {
    const withRules: Profile = { ...strict, rules: { "time-limit-compression": { level: "error", options: { min: 0.9 } } } };
    const config = { ...defaultConfig(ROOT), activeProfile: withRules };
    expect(compressionMin(config)).toBe(0.9);
    expect(createSettingsResolver(config)(path.join(ROOT, "a.yaml")).rules.get("time-limit-compression")?.severity).toBe("error");
    expect(compressionMin({ ...config, rules: { "time-limit-compression": { level: "warning", options: { min: 0.5 } } } })).toBe(0.5);
  });
});
