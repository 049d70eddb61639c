import { describe, expect, it } from "vitest";
import { packageDocsLinks, ruleDocsUrl } from "../../src/formatters/docs-url.js";
import { itemText, runCli, tempDir } from "../support/cli.js";

describe("rule docs links", () => {
  it.each([
    ["github:acme/guidelint", "https://github.com/acme/guidelint/blob/HEAD/docs/rules/{id}.md"],
    ["acme/guidelint", "https://github.com/acme/guidelint/blob/HEAD/docs/rules/{id}.md"],
    ["git+https://github.com/acme/guidelint.git", "https://github.com/acme/guidelint/blob/HEAD/docs/rules/{id}.md"],
    ["git@github.com:acme/guidelint.git", "https://github.com/acme/guidelint/blob/HEAD/docs/rules/{id}.md"],
    ["https://gitlab.com/gov/tools/guidelint", "https://gitlab.com/gov/tools/guidelint/-/blob/HEAD/docs/rules/{id}.md"],
  ])("derives the docs page from repository %s", (repository, docsUrl) => {
    expect(packageDocsLinks({ repository }).docsUrl).toBe(docsUrl);
  });

  it("keeps a monorepo's directory, prefers homepage for the home page, and knows nothing of other hosts", () => {
    expect(packageDocsLinks({ repository: { type: "git", url: "https://github.com/acme/tools.git", directory: "packages/guidelint" } })).toEqual({
      docsUrl: "https://github.com/acme/tools/blob/HEAD/packages/guidelint/docs/rules/{id}.md",
      homepage: "https://github.com/acme/tools",
    });
    expect(packageDocsLinks({ repository: "github:acme/guidelint", homepage: "https://guidelint.example.org" }).homepage).toBe("https://guidelint.example.org");
    expect(packageDocsLinks({ repository: "https://git.example.org/acme/guidelint" })).toEqual({});
    expect(packageDocsLinks({})).toEqual({});
  });

  it("fills the template with the encoded id", () => {
    expect(ruleDocsUrl("https://x.org/r/{id}.html", "materials-vague")).toBe("https://x.org/r/materials-vague.html");
    expect(ruleDocsUrl("https://x.org/r/{id}", "a b/c")).toBe("https://x.org/r/a%20b%2Fc");
    expect(ruleDocsUrl(undefined, "materials-vague")).toBeUndefined();
  });

  it("takes docsUrl from the config into the SARIF of a lint run; a URL without {id} is a config error", async () => {
    const dir = tempDir({
      "guidelint.config.yaml": "catalog: ['catalog/**/*.yaml']\ndocsUrl: https://docs.example.org/guidelint/rules/{id}\n",
      "catalog/a.yaml": itemText(),
    });
    const run = await runCli(["lint", "--format", "sarif"], { cwd: dir });
    expect(run.status).toBe(0);
    const rules = JSON.parse(run.stdout).runs[0].tool.driver.rules;
    expect(rules.find((r: { id: string }) => r.id === "materials-vague").helpUri).toBe("https://docs.example.org/guidelint/rules/materials-vague");

    const bad = tempDir({ "guidelint.config.yaml": "docsUrl: https://docs.example.org/rules\n", "catalog/a.yaml": itemText() });
    const refused = await runCli(["lint", "--format", "sarif", "catalog"], { cwd: bad });
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toMatch(/guidelint\.config\.yaml:1: docsUrl must be an http\(s\) URL with \{id\} where the rule id goes/);
  });
});
