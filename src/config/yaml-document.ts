// The config's and the profiles' YAML → data, with a syntax error's or an alias bomb's true line.
import { isAlias, LineCounter, parseDocument, visit } from "yaml";

/**
 * How many alias expansions one file may make. yaml's default (100) refuses a legitimate config
 * that aliases one glob a few hundred times; a billion-laughs bomb makes millions, and this many
 * costs only milliseconds.
 */
const MAX_ALIAS_COUNT = 10_000;

export type YamlData = { ok: true; value: unknown } | { ok: false; line: number; column: number; detail: string };

export function yamlData(text: string): YamlData {
  // `prettyErrors: false` leaves an error's linePos unset: the line comes from its offset instead.
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, lineCounter });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const { line, col } = lineCounter.linePos(error.pos[0]);
    return { ok: false, line, column: col, detail: error.message.split("\n")[0] };
  }
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (error) {
    // yaml's ReferenceError for too many aliases (or an alias it cannot resolve) names no place:
    // point at the first alias, where the expansion starts.
    let at = 0;
    visit(doc, (_key, node) => {
      if (isAlias(node) && node.range) {
        at = node.range[0];
        return visit.BREAK;
      }
      return undefined;
    });
    const { line, col } = lineCounter.linePos(at);
    const message = (error as Error).message.split("\n")[0];
    return {
      ok: false,
      line,
      column: col,
      detail: /alias count/i.test(message) ? `more than ${MAX_ALIAS_COUNT} alias expansions (${message})` : message,
    };
  }
}
