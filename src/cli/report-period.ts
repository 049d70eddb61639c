// 统计截至: the date a bulletin's figures stand at. `--as-of` when given (a report for last
// Friday's meeting); else the catalog's last commit when it is a git checkout, with its revision;
// else the day the report is made.
import { execFileSync } from "node:child_process";
import { UsageError } from "../errors.js";
import type { ReportPeriod } from "../report/model.js";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function reportPeriod(cwd: string, asOf: string | undefined, now: Date): ReportPeriod {
  const generatedAt = now.toISOString();
  const git = lastCommit(cwd);
  if (asOf !== undefined) {
    if (!DATE.test(asOf) || Number.isNaN(Date.parse(asOf))) throw new UsageError("badAsOf", { value: asOf });
    return { asOf, source: "option", ...(git ? { revision: git.revision } : {}), generatedAt };
  }
  if (git) return { asOf: git.date, source: "git", revision: git.revision, generatedAt };
  return { asOf: generatedAt.slice(0, 10), source: "today", generatedAt };
}

/** The working folder's last commit (its date and short hash), when it is a git checkout and git is there. */
function lastCommit(cwd: string): { date: string; revision: string } | undefined {
  try {
    const out = execFileSync("git", ["log", "-1", "--format=%cs %h"], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 5000 }).trim();
    const [date, revision] = out.split(" ");
    return date && revision && DATE.test(date) ? { date, revision } : undefined;
  } catch {
    return undefined;
  }
}
