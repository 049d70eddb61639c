// GitLab Code Quality (`artifacts:reports:codequality`): a JSON array, no byte-order mark.
// Severity: error → "major", warning → "minor" (as the common ESLint GitLab formatter does;
// "critical" and "blocker" are left for security-grade findings, which guidelint has none of).
import { findingMessage } from "../i18n/finding-message.js";
import { fingerprints } from "./sarif.js";
import { withCell } from "../engine/cell-label.js";
import type { Formatter } from "./types.js";

const GITLAB_SEVERITY = { error: "major", warning: "minor" } as const;

export const gitlab: Formatter = (result, { lang }) => {
  const prints = fingerprints(result);
  const issues = result.results.flatMap((file, fi) =>
    file.findings.map((f, i) => ({
      description: withCell(f, findingMessage(f, lang)),
      check_name: `guidelint/${f.ruleId}`,
      fingerprint: prints[fi][i],
      severity: f.severity === "error" ? GITLAB_SEVERITY.error : f.severity === "warning" ? GITLAB_SEVERITY.warning : "info",
      location: { path: file.file.replace(/\\/g, "/").replace(/^(\.\/)+/, ""), lines: { begin: Math.max(1, f.line) } },
    })),
  );
  return `${JSON.stringify(issues, null, 2)}\n`;
};
