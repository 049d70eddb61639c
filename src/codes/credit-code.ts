// The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character
// set (the digits and the capital letters less I, O, S, V and Z, which are too easily read as
// digits), the 18th a mod-31 check character over the first 17.

export const CREDIT_CODE_LENGTH = 18;

/** The code's character set; a character's index is its value in the check sum. */
export const CREDIT_CODE_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/** Position weights of the first 17 characters (3^(i) mod 31, as GB 32100-2015 tabulates them). */
export const CREDIT_CODE_WEIGHTS: readonly number[] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A text of CREDIT_CODE_CHARSET characters only (empty included): one test instead of a loop over characters. */
export const CREDIT_CODE_CHARS = /^[0-9A-HJ-NP-RTUWXY]*$/;

export function isCreditCodeChar(ch: string): boolean {
  return ch.length === 1 && CREDIT_CODE_CHARSET.includes(ch);
}

/**
 * The check character for the first 17 characters of a credit code, or undefined when `body` is
 * not 17 characters from the code's character set.
 */
export function creditCodeCheckChar(body: string): string | undefined {
  if (body.length !== CREDIT_CODE_LENGTH - 1) return undefined;
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const value = CREDIT_CODE_CHARSET.indexOf(body[i]);
    if (value < 0) return undefined;
    sum += value * CREDIT_CODE_WEIGHTS[i];
  }
  const r = 31 - (sum % 31);
  return CREDIT_CODE_CHARSET[r === 31 ? 0 : r];
}

export type CreditCodeProblem =
  | { kind: "length"; length: number }
  | { kind: "characters"; invalid: string[] }
  | { kind: "check"; expected: string; actual: string };

/**
 * What is wrong with a credit code, root cause first (characters, then length, then the check
 * character), or undefined when it is well formed. Only the first problem is returned: a code
 * with a wrong character or length has no meaningful check character.
 */
export function creditCodeProblem(code: string): CreditCodeProblem | undefined {
  const chars = [...code];
  const invalid = uniqueInvalid(chars, isCreditCodeChar);
  if (invalid.length > 0) return { kind: "characters", invalid };
  if (chars.length !== CREDIT_CODE_LENGTH) return { kind: "length", length: chars.length };
  const expected = creditCodeCheckChar(code.slice(0, CREDIT_CODE_LENGTH - 1))!;
  const actual = code[CREDIT_CODE_LENGTH - 1];
  return expected === actual ? undefined : { kind: "check", expected, actual };
}

export function isValidCreditCode(code: string): boolean {
  return creditCodeProblem(code) === undefined;
}

/** The characters failing `allowed`, each once, in order of first occurrence. */
export function uniqueInvalid(chars: readonly string[], allowed: (ch: string) => boolean): string[] {
  const out: string[] = [];
  for (const ch of chars) if (!allowed(ch) && !out.includes(ch)) out.push(ch);
  return out;
}
