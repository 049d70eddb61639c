// Where a rule's docs page is: the config's `docsUrl` template, else the repository named in
// guidelint's package.json (GitHub or GitLab), else nowhere. No link rather than one to a page that
// may not exist: a SARIF viewer shows a dead helpUri as if it were the answer.

/** What of package.json says where the project lives. */
export interface PackageLinks {
  repository?: string | { type?: string; url?: string; directory?: string };
  homepage?: string;
}

/** The rule page for `ruleId` from a template holding `{id}`; undefined without a template. */
export function ruleDocsUrl(template: string | undefined, ruleId: string): string | undefined {
  return template?.replaceAll("{id}", encodeURIComponent(ruleId));
}

/** `github:o/r`, `o/r`, `git+https://github.com/o/r.git`, `git@github.com:o/r.git` → `https://github.com/o/r`. */
function repositoryWebUrl(repository: PackageLinks["repository"]): { url: string; host: "github" | "gitlab" } | undefined {
  const raw = typeof repository === "string" ? repository : repository?.url;
  if (!raw) return undefined;
  const shorthand = /^(?:(github|gitlab):)?([\w.-]+\/[\w.-]+)$/.exec(raw);
  if (shorthand) {
    const host = (shorthand[1] ?? "github") as "github" | "gitlab";
    return { url: `https://${host}.com/${shorthand[2].replace(/\.git$/, "")}`, host };
  }
  const full = /^(?:git\+)?(?:https?:\/\/|ssh:\/\/git@|git@|git:\/\/)(github|gitlab)\.com[:/](.+?)(?:\.git)?\/?$/.exec(raw);
  return full ? { url: `https://${full[1]}.com/${full[2]}`, host: full[1] as "github" | "gitlab" } : undefined;
}

/**
 * The docs links package.json implies: docs/rules/<id>.md on the default branch (`HEAD`, whatever
 * it is called) of a GitHub or GitLab repository, and the project's home page.
 */
export function packageDocsLinks(pkg: PackageLinks): { docsUrl?: string; homepage?: string } {
  const repo = repositoryWebUrl(pkg.repository);
  const directory = typeof pkg.repository === "object" && pkg.repository.directory ? `${pkg.repository.directory.replace(/^\/+|\/+$/g, "")}/` : "";
  const docsUrl = repo ? `${repo.url}${repo.host === "gitlab" ? "/-" : ""}/blob/HEAD/${directory}docs/rules/{id}.md` : undefined;
  const homepage = /^https?:\/\//.test(pkg.homepage ?? "") ? pkg.homepage : repo?.url;
  return { ...(docsUrl ? { docsUrl } : {}), ...(homepage ? { homepage } : {}) };
}
