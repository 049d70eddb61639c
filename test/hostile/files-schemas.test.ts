// The published schemas are used by other tools (editors, a province's own Ajv): each must compile
// in a plain strict Ajv that declares only the editor keywords, without guidelint's own options
// (allowUnionTypes among them). And installing from git must keep npm pack's stdout to the tarball
// name (pre-commit reads it): npm quiet, the prepare build's output on stderr.
import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/cli.js";

const SCHEMAS = ["config.schema.json", "profile.schema.json", "service-guide.schema.json"];

describe("published schemas in a strict Ajv", () => {
  it.each(SCHEMAS)("%s compiles with only the editor keywords declared", (name) => {
    const ajv = new Ajv({ strict: true });
    ajv.addVocabulary(["enumDescriptions", "markdownDescription"]);
    // guidelint's one custom format: a consumer declares it (or sets validateFormats: false).
    ajv.addFormat("regex", true);
    const schema = JSON.parse(readFileSync(path.join(ROOT, "schemas", name), "utf8"));
    expect(() => ajv.compile(schema)).not.toThrow();
  });
});

describe("installing from git", () => {
  it("npm is quiet and the prepare build writes to stderr", () => {
    expect(readFileSync(path.join(ROOT, ".npmrc"), "utf8")).toMatch(/^loglevel=silent$/m);
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));
    expect(pkg.scripts.prepare).toMatch(/1>&2$/);
  });
});
