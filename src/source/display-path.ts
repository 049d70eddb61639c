import path from "node:path";

/** Relative to the working directory, forward slashes (what every CI format wants). */
export function displayPath(cwd: string, filePath: string): string {
  const relative = path.relative(cwd, filePath);
  return (relative === "" ? path.basename(filePath) : relative).split(path.sep).join("/");
}

/** Relative to the working directory when inside it, else absolute: whichever the user can open. */
export function shownPath(cwd: string, filePath: string): string {
  const relative = path.relative(cwd, filePath);
  return relative === "" || relative.startsWith("..") || path.isAbsolute(relative) ? filePath : relative.split(path.sep).join("/");
}
