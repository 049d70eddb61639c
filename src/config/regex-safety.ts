// A pattern from the config runs on untrusted codes with JavaScript's backtracking engine, where
// `(a+)+$` takes 2^n steps on n characters: refused when the config loads. The test is the usual
// one for catastrophic backtracking: a repeated group that itself repeats or has alternatives.
// Such a pattern can always be written without it (a character class: `[A-Z\d]+`).

/** True when `pattern` repeats a group that holds a quantifier or a `|`. */
export function backtracksExponentially(pattern: string): boolean {
  // Per open group: does it hold a quantifier or an alternation?
  const stack: boolean[] = [];
  let lastGroupRisky = false;
  let afterGroup = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    const wasAfterGroup = afterGroup;
    afterGroup = false;
    if (ch === "\\") {
      i++;
      continue;
    }
    if (ch === "[") {
      for (i++; i < pattern.length && pattern[i] !== "]"; i++) if (pattern[i] === "\\") i++;
      continue;
    }
    if (ch === "(") {
      stack.push(false);
      continue;
    }
    if (ch === ")") {
      lastGroupRisky = stack.pop() ?? false;
      afterGroup = true;
      // What the closed group held, its parent holds too.
      if (lastGroupRisky && stack.length > 0) stack[stack.length - 1] = true;
      continue;
    }
    if (ch === "|") {
      if (stack.length > 0) stack[stack.length - 1] = true;
      continue;
    }
    const repeats = ch === "*" || ch === "+" || (ch === "{" && variableRepeat(pattern.slice(i)));
    if (repeats) {
      if (wasAfterGroup && lastGroupRisky) return true;
      if (stack.length > 0) stack[stack.length - 1] = true;
    }
  }
  return false;
}

/** `{n,}` or `{n,m}` with m > n: a repetition of varying length (`{n}` is a fixed one). */
function variableRepeat(text: string): boolean {
  const match = /^\{(\d+),(\d*)\}/.exec(text);
  return match !== null && (match[2] === "" || Number(match[2]) > Number(match[1]));
}
