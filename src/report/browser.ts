// Which Chromium-family browser prints the PDF: the one the user names (--browser, else
// GUIDELINT_BROWSER), else the first installed at the usual places of the platform. No browser is
// downloaded: a government office's machine has Chrome or Edge, a Linux server a packaged chromium.
import { existsSync } from "node:fs";
import path from "node:path";

export interface BrowserLookup {
  /** --browser: wins over everything. */
  option?: string;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  /** Injected so a test can pose as another machine. */
  exists?: (file: string) => boolean;
}

/** Where each platform's package or installer puts Chromium, Chrome and Edge. */
function browserCandidates(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  if (platform === "win32") {
    const roots = [env.PROGRAMFILES ?? "C:\\Program Files", env["PROGRAMFILES(X86)"] ?? "C:\\Program Files (x86)", env.LOCALAPPDATA].filter(
      (root): root is string => Boolean(root),
    );
    const apps = ["Google\\Chrome\\Application\\chrome.exe", "Microsoft\\Edge\\Application\\msedge.exe", "Chromium\\Application\\chrome.exe"];
    return apps.flatMap((app) => roots.map((root) => path.win32.join(root, app)));
  }
  if (platform === "darwin") {
    const apps = ["Google Chrome.app/Contents/MacOS/Google Chrome", "Microsoft Edge.app/Contents/MacOS/Microsoft Edge", "Chromium.app/Contents/MacOS/Chromium"];
    const roots = ["/Applications", ...(env.HOME ? [path.posix.join(env.HOME, "Applications")] : [])];
    return apps.flatMap((app) => roots.map((root) => path.posix.join(root, app)));
  }
  return [
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
    "/usr/bin/microsoft-edge",
    "/usr/bin/microsoft-edge-stable",
    "/snap/bin/chromium",
    "/opt/google/chrome/chrome",
  ];
}

export type BrowserFound = { found: true; executable: string } | { found: false; named?: string; searched: string[] };

/**
 * The browser to print with. A browser the user named that does not exist is reported as such
 * (not silently replaced by another), so a typo in GUIDELINT_BROWSER is seen.
 */
export function findBrowser(lookup: BrowserLookup): BrowserFound {
  const exists = lookup.exists ?? existsSync;
  const named = lookup.option ?? (lookup.env.GUIDELINT_BROWSER || undefined);
  if (named !== undefined) return exists(named) ? { found: true, executable: named } : { found: false, named, searched: [named] };
  const searched = browserCandidates(lookup.env, lookup.platform);
  const executable = searched.find((file) => exists(file));
  return executable ? { found: true, executable } : { found: false, searched };
}
