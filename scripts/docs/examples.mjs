// How a rule page's ```yaml example becomes a catalog that the real engine lints
// (test/docs/rule-pages.test.ts). The convention, also in docs/rules/README.md:
//
// - One fenced block is one example.
// - A block without `# file:` lines is one item: it is merged into fixtures/base-item.yaml, the
//   known-good item, by top-level keys — every top-level key the example writes is removed from the
//   base item, and the example is appended verbatim (comments, quoting, duplicate keys and syntax
//   errors included, since those are what some rules are about). Nested keys are not merged: an
//   example that changes `timeLimit.promised` writes the whole `timeLimit`.
// - A block whose first line is `# file: <path>` is a catalog: each `# file:` line starts a file.
//   Files under `catalog/` are items, merged into the base item as above; any other file
//   (snapshots, a basic catalog, guidelint.config.yaml) is written as it stands. Without a
//   guidelint.config.yaml the config is `catalog: ["catalog/**/*.yaml"]`.
//
// Merging text, not parsed data, keeps every example's bytes: `phone: 08255432100` must stay a
// YAML number, and a broken flow sequence must stay broken.

const FILE_LINE = /^#\s*file:\s*(\S+)\s*$/;
const TOP_LEVEL_KEY = /^([A-Za-z_$][\w$-]*)\s*:/;
const DEFAULT_CONFIG = 'catalog: ["catalog/**/*.yaml"]\n';
const ITEM_PATH = "catalog/item.yaml";

/** The files of an example: `{ [relativePath]: text }`, config included. */
export function exampleFiles(code, baseItem) {
  const parts = splitFiles(code);
  const files = {};
  for (const { path, text } of parts) files[path] = path.startsWith("catalog/") ? mergeItem(baseItem, text) : text;
  if (!("guidelint.config.yaml" in files)) files["guidelint.config.yaml"] = DEFAULT_CONFIG;
  return files;
}

/** Whether the example is a catalog of several files (`# file:` lines) rather than one item. */
function isCatalogExample(code) {
  return FILE_LINE.test(code.split("\n")[0]);
}

function splitFiles(code) {
  if (!isCatalogExample(code)) return [{ path: ITEM_PATH, text: code }];
  const parts = [];
  for (const line of code.split("\n")) {
    const file = FILE_LINE.exec(line);
    if (file) parts.push({ path: file[1], lines: [] });
    else parts[parts.length - 1].lines.push(line);
  }
  return parts.map(({ path, lines }) => ({ path, text: lines.join("\n").replace(/\n*$/, "\n") }));
}

/** The base item without the top-level keys the example writes, then the example. */
function mergeItem(baseItem, example) {
  const written = new Set(topLevelKeys(example));
  const kept = [];
  let dropping = false;
  for (const line of baseItem.replace(/\n$/, "").split("\n")) {
    const key = TOP_LEVEL_KEY.exec(line);
    if (key) dropping = written.has(key[1]);
    else if (/^\S/.test(line)) dropping = false; // a top-level comment ends the block above it
    if (!dropping) kept.push(line);
  }
  return `${kept.join("\n")}\n${example}`;
}

function topLevelKeys(text) {
  return text.split("\n").flatMap((line) => TOP_LEVEL_KEY.exec(line)?.[1] ?? []);
}
