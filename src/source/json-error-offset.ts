// Where a JSON text stops being JSON. Node 20's JSON.parse often names no position ("Unexpected
// token '}', … is not valid JSON"), so a broken snapshot or list would be reported at no line; this
// scanner walks the text as the grammar (RFC 8259) does and returns the offset of the first
// character it cannot accept. Iterative, so a deeply nested file cannot overflow the stack.
const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

/** The offset of the first error, or undefined when the text is valid JSON. */
export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const skip = () => {
    while (i < text.length && WS.has(text.charCodeAt(i))) i++;
  };
  // What the scanner expects next: a value, or after a value inside an array or object.
  const stack: Array<"array" | "object"> = [];
  let expectValue = true;
  skip();
  while (i < text.length) {
    if (expectValue) {
      const c = text[i];
      if (c === "{") {
        i++;
        skip();
        if (text[i] === "}") {
          i++;
          expectValue = false;
        } else {
          stack.push("object");
          if (!readKey()) return i;
        }
      } else if (c === "[") {
        i++;
        skip();
        if (text[i] === "]") {
          i++;
          expectValue = false;
        } else stack.push("array");
      } else {
        const end = scalarEnd(text, i);
        if (end === undefined) return i;
        i = end;
        expectValue = false;
      }
    } else {
      const top = stack[stack.length - 1];
      if (top === undefined) return i; // something after the one top-level value
      const c = text[i];
      if (c === ",") {
        i++;
        skip();
        expectValue = true;
        if (top === "object" && !readKey()) return i;
      } else if ((c === "]" && top === "array") || (c === "}" && top === "object")) {
        i++;
        stack.pop();
      } else return i;
    }
    skip();
  }
  return expectValue || stack.length > 0 ? text.length : undefined;

  /** `"key" :` of an object member; false (i at the fault) when it is not there. */
  function readKey(): boolean {
    skip();
    const end = text[i] === '"' ? stringEnd(text, i) : undefined;
    if (end === undefined) return false;
    i = end;
    skip();
    if (text[i] !== ":") return false;
    i++;
    skip();
    expectValue = true;
    return true;
  }
}

const LITERALS = ["true", "false", "null"];
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function scalarEnd(text: string, at: number): number | undefined {
  if (text[at] === '"') return stringEnd(text, at);
  for (const literal of LITERALS) if (text.startsWith(literal, at)) return at + literal.length;
  NUMBER.lastIndex = at;
  return NUMBER.test(text) ? NUMBER.lastIndex : undefined;
}

function stringEnd(text: string, at: number): number | undefined {
  for (let i = at + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return undefined;
    if (c === 0x5c) {
      const next = text[i + 1];
      if (next === "u") {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return undefined;
        i += 5;
      } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i++;
      else return undefined;
    }
  }
  return undefined;
}
