// What a rule page is made of, as pure functions over a rule definition and the page's text: the
// blocks the generator writes, and the hand-written sections it requires. Each rule has two pages,
// docs/rules/<id>.md in English and docs/rules/zh-CN/<id>.md in Chinese, each with its own section
// names and its generated blocks in its own language; every function takes the page's `lang`
// ("en" when left out). Used by scripts/build-docs.mjs (which rewrites the pages) and
// test/docs/rule-pages.test.ts (which fails when a page differs from what the generator would
// write). See docs/rules/README.md.

const HEADER_BEGIN = "<!-- begin generated: rule header (npm run docs) -->";
const OPTIONS_BEGIN = "<!-- begin generated: rule options (npm run docs) -->";
const END = "<!-- end generated -->";

/**
 * Each language's page: where it is, its `##` sections in order (`options` only for a rule with an
 * options schema), the sections it may add after them, and the `###` headings of its examples
 * section (Failing, then Passing).
 */
const LAYOUTS = {
  en: {
    page: (id) => `docs/rules/${id}.md`,
    sections: { checks: "What it checks", options: "Options", why: "Why", examples: "Examples" },
    order: ["checks", "options", "why", "examples"],
    trailing: ["See also"],
    exampleHeadings: { Failing: "Failing", Passing: "Passing" },
    header: englishHeader,
    optionsHead: "| option | type | default | meaning |",
    optionMeaning: (_rule, _name, schema) => schema.description ?? "",
    types: {
      number: "number",
      integer: "integer",
      string: "string",
      regex: "string (regular expression)",
      any: "any",
      list: (values) => `list of ${values}`,
      listSeparator: ", ",
      rangeSeparator: ", ",
    },
    // English option meanings are the schema's own descriptions: nothing can be missing.
    missingOptionMeanings: () => [],
  },
  "zh-CN": {
    page: (id) => `docs/rules/zh-CN/${id}.md`,
    sections: { checks: "检查内容", options: "选项", why: "政策依据", fix: "如何修改", examples: "示例" },
    order: ["checks", "options", "why", "fix", "examples"],
    trailing: ["另见"],
    exampleHeadings: { Failing: "不通过", Passing: "通过" },
    header: chineseHeader,
    optionsHead: "| 选项 | 类型 | 默认值 | 含义 |",
    optionMeaning: (rule, name, schema) => ZH_OPTION_MEANINGS[`${rule.id}.${name}`] ?? schema.description ?? "",
    types: {
      number: "数值",
      integer: "整数",
      string: "字符串",
      regex: "字符串（正则表达式）",
      boolean: "布尔值",
      object: "对象",
      any: "任意",
      list: (values) => `列表，元素为 ${values}`,
      listSeparator: "、",
      rangeSeparator: "，",
    },
    missingOptionMeanings,
  },
};

/** The languages rule pages are written in. */
export const PAGE_LANGS = Object.keys(LAYOUTS);

/** Where the page of the rule in that language is, relative to the repository. */
export function pagePath(id, lang = "en") {
  return LAYOUTS[lang].page(id);
}

function requiredSections(rule, lang) {
  const layout = LAYOUTS[lang];
  return layout.order.filter((key) => key !== "options" || rule.optionsSchema).map((key) => layout.sections[key]);
}

function renderHeader(rule, lang) {
  return [HEADER_BEGIN, ...LAYOUTS[lang].header(rule), END].join("\n");
}

function englishHeader(rule) {
  const lines = [
    ...(rule.title ? [`**${rule.title["zh-CN"]}** · ${rule.title.en}`, ""] : []),
    `${rule.description.en}　/　${rule.description["zh-CN"]}`,
    "",
    `- Default severity: ${rule.defaultSeverity}`,
    `- Fixable: ${rule.fixable ? "yes" : "no"}`,
    `- Scope: ${rule.scope} (${SCOPE_MEANING[rule.scope]})`,
  ];
  if (rule.policy) lines.push(`- Policy: ${rule.policy}`);
  lines.push(`- 中文：[${rule.id}](zh-CN/${rule.id}.md)`);
  return lines;
}

function chineseHeader(rule) {
  const lines = [
    ...(rule.title ? [`**${rule.title["zh-CN"]}**`, ""] : []),
    rule.description["zh-CN"],
    "",
    `- 规则编号：\`${rule.id}\``,
    `- 默认级别：${ZH_SEVERITY[rule.defaultSeverity]}（${rule.defaultSeverity}）`,
    `- 可自动修复：${rule.fixable ? "是（guidelint fix）" : "否"}`,
    `- 检查范围：${ZH_SCOPE_MEANING[rule.scope]}`,
  ];
  if (rule.policy) lines.push(`- 政策要求：${rule.policy}`);
  lines.push(`- English: [${rule.id}](../${rule.id}.md)`);
  return lines;
}

const ZH_SEVERITY = { error: "错误", warning: "警告" };

const ZH_SCOPE_MEANING = {
  file: "逐个文件（在事项规则之前和前后）",
  item: "逐条事项",
  catalog: "整个目录",
  channel: "目录与各渠道快照对照",
};

const SCOPE_MEANING = {
  file: "each file, before and around the item rules",
  item: "each record on its own",
  catalog: "the whole catalog at once",
  channel: "the catalog against the channel snapshots",
};

/**
 * The Chinese meaning of each rule option, `<rule>.<option>`: a JSON Schema carries one
 * `description`, the English one. A rule option missing here is a problem of the Chinese page
 * (structureProblems names it), so a new option cannot ship with its meaning in English only.
 */
const ZH_OPTION_MEANINGS = {
  "time-limit-compression.min": "事项应达到的最低压缩比例（0.6 即 60%）；当前政策目标档案设有 meanCompression 目标时，以其为默认值",
  "code-format.format": "`local`：本省使用自己的编码规则，只报告空编码（以及设了 `pattern` 时不匹配的编码）",
  "code-format.pattern": "整个 `code` 须匹配的正则表达式（自动加首尾锚定）；`national` 格式下在结构检查之后再检查",
  "cross-level-consistency.elements": "比较哪些要素；统一要素更多的省份可加上 `materials`、`timeLimit`、`onlineDepth` 等",
  "text-typo.extra": "追加的错别字，每项写 `错误写法: 正确写法`（如 `营业执照付本: 营业执照副本`）；先于内置错别字表检查",
  "text-standard-chars.keep": "按原样保留的词（以繁体字登记的名称，如香港公司的名称）",
};

/** The options table, from the rule's options JSON Schema (each property's `description`) and its defaults. */
function renderOptions(rule, lang) {
  const layout = LAYOUTS[lang];
  const properties = rule.optionsSchema?.properties ?? {};
  const rows = Object.entries(properties).map(([name, schema]) => {
    const fallback = rule.defaultOptions?.[name];
    const defaultText = fallback === undefined ? "—" : `\`${formatValue(fallback)}\``;
    return `| \`${name}\` | ${schemaType(schema, layout.types)} | ${defaultText} | ${layout.optionMeaning(rule, name, schema)} |`;
  });
  return [OPTIONS_BEGIN, layout.optionsHead, "|---|---|---|---|", ...rows, END].join("\n");
}

function missingOptionMeanings(rule) {
  return Object.keys(rule.optionsSchema?.properties ?? {}).filter((name) => !ZH_OPTION_MEANINGS[`${rule.id}.${name}`]);
}

function formatValue(value) {
  return Array.isArray(value) ? `[${value.join(", ")}]` : String(value);
}

function schemaType(schema, words) {
  if (schema.enum) return schema.enum.map((v) => `\`${v}\``).join(" \\| ");
  if (schema.type === "array") {
    const items = schema.items ?? {};
    return words.list(items.enum ? items.enum.map((v) => `\`${v}\``).join(words.listSeparator) : schemaType(items, words));
  }
  if (schema.type === "number" || schema.type === "integer") {
    const range = schema.minimum !== undefined && schema.maximum !== undefined ? `${words.rangeSeparator}${schema.minimum}–${schema.maximum}` : "";
    return `${words[schema.type]}${range}`;
  }
  if (schema.type === "string") return schema.format === "regex" ? words.regex : words.string;
  return words[schema.type] ?? schema.type ?? words.any;
}

/**
 * The page with its generated blocks rewritten. A page without a header block gets one under its
 * title; a page without an options block gets one at the top of `## Options`. Returns the text
 * unchanged where a block has nowhere to go (the section test then says what is missing).
 */
export function withGeneratedBlocks(text, rule, lang = "en") {
  const header = renderHeader(rule, lang);
  let out = replaceBlock(text, HEADER_BEGIN, header, (t) => t.replace(/^(# .*\n)\n?/, `$1\n${header}\n\n`));
  if (rule.optionsSchema) {
    const options = renderOptions(rule, lang);
    const heading = new RegExp(`^(## ${LAYOUTS[lang].sections.options}\\n)\\n?`, "m");
    out = replaceBlock(out, OPTIONS_BEGIN, options, (t) => t.replace(heading, `$1\n${options}\n\n`));
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
export function structureProblems(text, rule, lang = "en") {
  const layout = LAYOUTS[lang];
  const page = pagePath(rule.id, lang);
  const { options: optionsTitle, examples: examplesTitle } = layout.sections;
  const exampleTitles = Object.values(layout.exampleHeadings);
  const problems = [];
  const all = headings(text);
  if (all[0]?.level !== 1 || all[0].title !== rule.id || all[0].line !== 1) problems.push(`${page}: the first line must be "# ${rule.id}"`);
  if (all.filter((h) => h.level === 1).length > 1) problems.push(`${page}: only the title is a level-1 heading`);
  const sections = all.filter((h) => h.level === 2).map((h) => h.title);
  const required = requiredSections(rule, lang);
  const trailing = sections.slice(required.length);
  const ok = required.every((s, i) => sections[i] === s) && trailing.every((s) => layout.trailing.includes(s));
  if (!ok) {
    problems.push(
      `${page}: sections must be ${required.map((s) => `"## ${s}"`).join(", ")} in this order` +
        ` (then optionally ${layout.trailing.map((s) => `"## ${s}"`).join(", ")}); found ${sections.map((s) => `"## ${s}"`).join(", ") || "none"}` +
        (rule.optionsSchema ? "" : ` (the rule has no options, so no "## ${optionsTitle}")`),
    );
  }
  const examples = sectionRange(all, examplesTitle);
  const exampleHeadings = all.filter((h) => h.level === 3 && h.line > examples.start && h.line < examples.end).map((h) => h.title);
  if (exampleHeadings.join("|") !== exampleTitles.join("|")) {
    problems.push(
      `${page}: "## ${examplesTitle}" must hold exactly ${exampleTitles.map((s) => `"### ${s}"`).join(" then ")}; found ${exampleHeadings.map((s) => `"### ${s}"`).join(", ") || "none"}`,
    );
  }
  for (const [begin, name] of [[HEADER_BEGIN, "header"], ...(rule.optionsSchema ? [[OPTIONS_BEGIN, "options"]] : [])]) {
    const start = text.indexOf(begin);
    if (start < 0 || text.indexOf(END, start) < 0) problems.push(`${page}: no generated ${name} block (${begin} … ${END}): run npm run docs`);
  }
  for (const name of layout.missingOptionMeanings(rule)) {
    problems.push(`${page}: the option ${name} has no Chinese meaning: add "${rule.id}.${name}" to ZH_OPTION_MEANINGS in scripts/docs/rule-page.mjs`);
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
    const range = sectionRange(all, optionsTitle);
    const line = lineOf(text, options);
    if (!(line > range.start && line < range.end)) problems.push(`${page}: the generated options block belongs in "## ${optionsTitle}"`);
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

/**
 * The fenced ```yaml blocks under the Failing and Passing headings (`### Failing` / `### 不通过`,
 * `### Passing` / `### 通过`): `{ kind, line, code }`, kind "Failing" or "Passing" whatever the
 * page's language, line that of the fence.
 */
export function examples(text, lang = "en") {
  const all = headings(text);
  const out = [];
  for (const [kind, title] of Object.entries(LAYOUTS[lang].exampleHeadings)) {
    const heading = all.find((h) => h.level === 3 && h.title === title);
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

const INDEX_BEGIN = "<!-- begin generated: rules index (npm run docs) -->";

/** The Chinese index page (docs/rules/zh-CN/README.md) with its table of every rule rewritten. */
export function withChineseIndex(text, rules) {
  const rows = rules.map(
    (r) =>
      `| [\`${r.id}\`](${r.id}.md) | ${r.title?.["zh-CN"] ?? ""} | ${ZH_SEVERITY[r.defaultSeverity]} | ${r.fixable ? "是" : ""} | ${r.description["zh-CN"]} |`,
  );
  const table = [INDEX_BEGIN, "| 规则 | 名称 | 默认级别 | 可自动修复 | 检查内容 |", "|---|---|---|---|---|", ...rows, END].join("\n");
  return replaceBlock(text, INDEX_BEGIN, table, (t) => `${t.replace(/\n*$/, "\n\n")}${table}\n`);
}
