// The layering, enforced: no import cycle between modules, and the inner layers never reach up to
// the command line, the use-case module or the output formats. docs/architecture.md describes it.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SRC = path.resolve(import.meta.dirname, "../../src");

interface Edge {
  from: string;
  to: string;
  /** A dynamic import() (lazily loaded command modules): not part of module initialisation. */
  dynamic: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith(".ts") ? [full] : [];
  });
}

const rel = (file: string) => path.relative(SRC, file).split(path.sep).join("/");

/** Every relative import and re-export of every module (type-only ones too: they are edges of the design). */
function importEdges(): Edge[] {
  const edges: Edge[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, "utf8");
    const statics = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["'](\.[^"']+)["']/g;
    const dynamics = /import\(\s*["'](\.[^"']+)["']\s*\)/g;
    for (const [regex, dynamic] of [
      [statics, false],
      [dynamics, true],
    ] as const) {
      for (const match of text.matchAll(regex)) {
        const target = path.resolve(path.dirname(file), match[1].replace(/\.js$/, ".ts"));
        edges.push({ from: rel(file), to: rel(target), dynamic });
      }
    }
  }
  return edges;
}

/** Strongly connected components with more than one module (Tarjan): each is a cycle. */
function cycles(edges: readonly Edge[]): string[][] {
  const graph = new Map<string, string[]>();
  for (const { from, to } of edges) graph.set(from, [...(graph.get(from) ?? []), to]);
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

const layerOf = (module: string) => (module.includes("/") ? module.split("/")[0] : module.replace(/\.ts$/, ""));

// The layers below the use cases: they know nothing of how a run is started or shown.
const INNER = [
  "vocabulary",
  "source",
  "text",
  "time",
  "codes",
  "lists",
  "i18n",
  "schema",
  "channels",
  "catalog",
  "rules",
  "config",
  "engine",
  "fix",
  "testing",
  "pipeline",
  "import",
  "annotate",
];
const OUTER = ["cli", "api", "index", "formatters", "report"];

describe("module imports", () => {
  const edges = importEdges();

  it("finds the modules (the scan itself works)", () => {
    expect(edges.length).toBeGreaterThan(200);
    expect(edges.some((e) => e.from === "cli/main.ts")).toBe(true);
  });

  it("have no cycles", () => {
    expect(cycles(edges.filter((e) => !e.dynamic))).toEqual([]);
  });

  it("of the inner layers never reach the command line, the use cases or the output formats", () => {
    const upward = edges.filter((e) => INNER.includes(layerOf(e.from)) && OUTER.includes(layerOf(e.to))).map((e) => `${e.from} → ${e.to}`);
    expect(upward).toEqual([]);
  });

  it("reach the command line only from the package entry (bin/guidelint.js loads cli/main)", () => {
    const intoCli = edges.filter((e) => layerOf(e.to) === "cli" && layerOf(e.from) !== "cli").map((e) => `${e.from} → ${e.to}`);
    expect(intoCli).toEqual([]);
  });

  it("never import the package's index (it is for users of the library)", () => {
    expect(edges.filter((e) => e.to === "index.ts").map((e) => e.from)).toEqual([]);
  });

  it("point at modules that exist", () => {
    const missing = edges.filter((e) => !statSync(path.join(SRC, e.to), { throwIfNoEntry: false })).map((e) => `${e.from} → ${e.to}`);
    expect(missing).toEqual([]);
  });
});
