import { describe, expect, it } from "vitest";
import { textMemo } from "../../src/text/memo.js";

/** A pure function that counts its calls. */
function counted() {
  const calls: string[] = [];
  const compute = (text: string) => {
    calls.push(text);
    return text.length;
  };
  return { calls, compute };
}

describe("textMemo", () => {
  it("computes a text's value once, and remembers undefined and null answers too", () => {
    const { calls, compute } = counted();
    const memo = textMemo<number>();
    expect([memo.get("营业执照", compute), memo.get("营业执照", compute), memo.get("居民身份证", compute)]).toEqual([4, 4, 5]);
    expect(calls).toEqual(["营业执照", "居民身份证"]);
    const none = textMemo<null>();
    let nulls = 0;
    const nothing = () => {
      nulls++;
      return null;
    };
    none.get("x", nothing);
    none.get("x", nothing);
    expect(nulls).toBe(1);
  });

  it("stays bounded: past its capacity the older half is dropped and computed again when asked", () => {
    const { calls, compute } = counted();
    const memo = textMemo<number>(10);
    for (let i = 0; i < 11; i++) memo.get(`t${i}`, compute);
    calls.length = 0;
    memo.get("t0", compute); // dropped with the older half
    memo.get("t10", compute); // kept
    expect(calls).toEqual(["t0"]);
  });

  it("does not hold long texts (pasted paragraphs)", () => {
    const { calls, compute } = counted();
    const memo = textMemo<number>();
    const long = "说".repeat(1000);
    memo.get(long, compute);
    memo.get(long, compute);
    expect(calls).toHaveLength(2);
  });
});
