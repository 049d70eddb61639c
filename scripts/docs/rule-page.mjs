// What a rule page (docs/rules/<id>.md) is made of, as pure functions over a rule definition and
// the page's text: the blocks the generator writes, and the hand-written sections it requires.
// Used by scripts/build-docs.mjs (which rewrites the pages) and test/docs/rule-pages.test.ts
// (which fails when a page differs from what the generator would write). See docs/rules/README.md.

const HEADER_BEGIN = "<!-- begin generated: rule header (npm run docs) -->";
const OPTIONS_BEGIN = "<!-- begin generated: rule options (npm run docs) -->";
const END = "<!-- end generated -->";

/** The `##` sections of a page, in order; `Options` only for a rule with an options schema. */
function requiredSections(rule) {
  return ["What it checks", ...(rule.optionsSchema ? ["Options"] : []), "Why", "Examples"];
}
/** Sections a page may add after the required ones. */
const OPTIONAL_TRAILING_SECTIONS = ["See also"];
/** The `###` headings of `## Examples`, in order. */
const EXAMPLE_HEADINGS = ["Failing", "Passing"];

function renderHeader(rule) {
  const lines = [
    ...(rule.title ? [`**${rule.title["zh-CN"]}** · ${rule.title.en}`, ""] : []),
    `${rule.description.en}　/　${rule.description["zh-CN"]}`,
    "",
    `- Default severity: ${rule.defaultSeverity}`,
    `- Fixable: ${rule.fixable ? "yes" : "no"}`,
    `- Scope: ${rule.scope} (${SCOPE_MEANING[rule.scope]})`,
  ];
  if (rule.policy) lines.push(`- Policy: ${rule.policy}`);
  return [HEADER_BEGIN, ...lines, END].join("\n");
}

const SCOPE_MEANING = {
  file: "each file, before and around the item rules",
  item: "each record on its own",
  catalog: "the whole catalog at once",
  channel: "the catalog against the channel snapshots",
};

/** The options table, from the rule's options JSON Schema (each property's `description`) and its defaults. */
function renderOptions(rule) {
  const properties = rule.optionsSchema?.properties ?? {};
  const rows = Object.entries(properties).map(([name, schema]) => {
    const fallback = rule.defaultOptions?.[name];
    const defaultText = fallback === undefined ? "—" : `\`${formatValue(fallback)}\``;
    return `| \`${name}\` | ${schemaType(schema)} | ${defaultText} | ${schema.description ?? ""} |`;
  });
  return [OPTIONS_BEGIN, "| option | type | default | meaning |", "|---|---|---|---|", ...rows, END].join("\n");
}

function formatValue(value) {
  return Array.isArray(value) ? `[${value.join(", ")}]` : String(value);
}

function schemaType(schema) {
  if (schema.enum) return schema.enum.map((v) => `\`${v}\``).join(" \\| ");
  if (schema.type === "array") {
    const items = schema.items ?? {};
    return items.enum ? `list of ${items.enum.map((v) => `\`${v}\``).join(", ")}` : `list of ${schemaType(items)}`;
  }
  if (schema.type === "number" || schema.type === "integer") {
    const range = schema.minimum !== undefined && schema.maximum !== undefined ? `, ${schema.minimum}–${schema.maximum}` : "";
    return `${schema.type}${range}`;
  }
  if (schema.type === "string") return schema.format === "regex" ? "string (regular expression)" : "string";
  return schema.type ?? "any";
}

/**
 * The page with its generated blocks rewritten. A page without a header block gets one under its
 * title; a page without an options block gets one at the top of `## Options`. Returns the text
 * unchanged where a block has nowhere to go (the section test then says what is missing).
 */
export function withGeneratedBlocks(text, rule) {
  let out = replaceBlock(text, HEADER_BEGIN, renderHeader(rule), (t) => t.replace(/^(# .*\n)\n?/, `$1\n${renderHeader(rule)}\n\n`));
  if (rule.optionsSchema) {
    out = replaceBlock(out, OPTIONS_BEGIN, renderOptions(rule), (t) => t.replace(/^(## Options\n)\n?/m, `$1\n${renderOptions(rule)}\n\n`));
  }
  return out;
}

function replaceBlock(text, begin, block, insert) {
  const start = text.indexOf(begin);
  if (start < 0) return insert(text);
  const end = text.indexOf(END, start);
  if (end < 0) return text;
  return text.slice(0, start) + block + text.slice(end + END.length);
}

/** Opening code fences: `{ line, lang }`. */
function fences(text) {
  const out = [];
  let open = null;
  text.split("\n").forEach((line, i) => {
    const marker = /^(```+|~~~+)\s*(\S*)/.exec(line);
    if (!marker) return;
    if (open === null) {
      open = marker[1];
      out.push({ line: i + 1, lang: marker[2] });
    } else if (line.startsWith(open)) open = null;
  });
  return out;
}

/** Headings outside code fences: `{ level, title, line }` (line 1-based). */
function headings(text) {
  const out = [];
  let fence = null;
  text.split("\n").forEach((line, i) => {
    const marker = /^(```+|~~~+)/.exec(line);
    if (marker) {
      if (fence === null) fence = marker[1];
      else if (line.startsWith(fence)) fence = null;
      return;
    }
    const heading = fence === null && /^(#{1,6}) +(.*?)\s*$/.exec(line);
    if (heading) out.push({ level: heading[1].length, title: heading[2], line: i + 1 });
  });
  return out;
}

/** What is wrong with a page's structure, as sentences naming the page and the fix; [] when nothing. */
export function structureProblems(text, rule) {
  const page = `docs/rules/${rule.id}.md`;
  const problems = [];
  const all = headings(text);
  if (all[0]?.level !== 1 || all[0].title !== rule.id || all[0].line !== 1) problems.push(`${page}: the first line must be "# ${rule.id}"`);
  if (all.filter((h) => h.level === 1).length > 1) problems.push(`${page}: only the title is a level-1 heading`);
  const sections = all.filter((h) => h.level === 2).map((h) => h.title);
  const required = requiredSections(rule);
  const trailing = sections.slice(required.length);
  const ok = required.every((s, i) => sections[i] === s) && trailing.every((s) => OPTIONAL_TRAILING_SECTIONS.includes(s));
  if (!ok) {
    problems.push(
      `${page}: sections must be ${required.map((s) => `"## ${s}"`).join(", ")} in this order` +
        ` (then optionally ${OPTIONAL_TRAILING_SECTIONS.map((s) => `"## ${s}"`).join(", ")}); found ${sections.map((s) => `"## ${s}"`).join(", ") || "none"}` +
        (rule.optionsSchema ? "" : ` (the rule has no options, so no "## Options")`),
    );
  }
  const examples = sectionRange(all, "Examples");
  const exampleHeadings = all.filter((h) => h.level === 3 && h.line > examples.start && h.line < examples.end).map((h) => h.title);
  if (exampleHeadings.join("|") !== EXAMPLE_HEADINGS.join("|")) {
    problems.push(
      `${page}: "## Examples" must hold exactly ${EXAMPLE_HEADINGS.map((s) => `"### ${s}"`).join(" then ")}; found ${exampleHeadings.map((s) => `"### ${s}"`).join(", ") || "none"}`,
    );
  }
  for (const [begin, name] of [[HEADER_BEGIN, "header"], ...(rule.optionsSchema ? [[OPTIONS_BEGIN, "options"]] : [])]) {
    const start = text.indexOf(begin);
    if (start < 0 || text.indexOf(END, start) < 0) problems.push(`${page}: no generated ${name} block (${begin} … ${END}): run npm run docs`);
  }
  const unchecked = fences(text).filter((f) => f.line > examples.start && f.line < examples.end && !/^(ya?ml|csv)$/.test(f.lang));
  for (const fence of unchecked) {
    problems.push(`${page}:${fence.line}: an example is a \`\`\`yaml or \`\`\`csv block (it is linted); this one is \`\`\`${fence.lang}`);
  }
  const header = text.indexOf(HEADER_BEGIN);
  const firstSection = all.find((h) => h.level === 2);
  if (header >= 0 && firstSection && lineOf(text, header) > firstSection.line) {
    problems.push(`${page}: the generated header block belongs between the title and the first section`);
  }
  const options = text.indexOf(OPTIONS_BEGIN);
  if (options >= 0) {
    const range = sectionRange(all, "Options");
    const line = lineOf(text, options);
    if (!(line > range.start && line < range.end)) problems.push(`${page}: the generated options block belongs in "## Options"`);
  }
  return problems;
}

function lineOf(text, index) {
  return text.slice(0, index).split("\n").length;
}

/** Lines (1-based, exclusive) that bound the level-2 section of that title; start -1 when absent. */
function sectionRange(all, title) {
  const index = all.findIndex((h) => h.level === 2 && h.title === title);
  if (index < 0) return { start: -1, end: -1 };
  const next = all.slice(index + 1).find((h) => h.level <= 2);
  return { start: all[index].line, end: next ? next.line : Infinity };
}

/** The fenced ```yaml blocks under `### Failing` and `### Passing`: `{ kind, line, code }` (line of the fence). */
export function examples(text) {
  const all = headings(text);
  const out = [];
  for (const kind of EXAMPLE_HEADINGS) {
    const heading = all.find((h) => h.level === 3 && h.title === kind);
    if (!heading) continue;
    const next = all.find((h) => h.line > heading.line && h.level <= 3);
    const lines = text.split("\n").slice(heading.line, next ? next.line - 1 : undefined);
    for (let i = 0; i < lines.length; i++) {
      // A csv block is a catalog example too (`# file:` lines): an export linted in place.
      if (!/^```(ya?ml|csv)\s*$/.test(lines[i])) continue;
      const close = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l));
      const end = close < 0 ? lines.length : close;
      out.push({ kind, line: heading.line + i + 1, code: `${lines.slice(i + 1, end).join("\n")}\n` });
      i = end;
    }
  }
  return out;
}
