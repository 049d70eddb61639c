// The hostile-input corpus for reading and parsing: encodings, line ends, YAML 1.1/1.2 traps, tags,
// anchors, odd keys, odd values. Each case is the bytes of one file and, written down, every
// finding it must give ("rule/messageId@line") — [] for none. Cases start from the clean base
// item and change one thing, so an expectation is the effect of that one thing alone. Inputs are
// small (the largest is a few hundred kilobytes); nothing is timed.
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/config/load-config.js";
import { createSettingsResolver } from "../../src/config/rule-settings.js";
import { lint } from "../../src/api.js";
import { lintSource } from "../../src/engine/lint-source.js";
import { BASE_ITEM, tempDir } from "../support/cli.js";

const settings = createSettingsResolver(defaultConfig("/tmp"))("/tmp/x.yaml");
const lintBytes = (source: string | Uint8Array) => lintSource(source, { file: "x.yaml", filePath: "/tmp/x.yaml" }, settings);

const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Array<string | number[]>) => {
  const chunks = parts.map((p) => (typeof p === "string" ? utf8(p) : Uint8Array.from(p)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};
const utf16 = (text: string, endian: "le" | "be", bom: boolean) => {
  const out: number[] = bom ? (endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (endian === "le") out.push(unit & 0xff, unit >> 8);
    else out.push(unit >> 8, unit & 0xff);
  }
  return Uint8Array.from(out);
};

const LINES = BASE_ITEM.split("\n");
/** The base item with line `n` (1-based) replaced by `text` (which may hold several lines). */
const line = (n: number, text: string) => [...LINES.slice(0, n - 1), text, ...LINES.slice(n)].join("\n");
/** The base item with its first `from` replaced by `to` (which must be there). */
const swap = (from: string, to: string) => {
  if (!BASE_ITEM.includes(from)) throw new Error(`not in the base item: ${from}`);
  return BASE_ITEM.replace(from, to);
};
/** The base item's text around an invalid byte sequence: line `n` gets ` # ` + the bytes at its end. */
const bytesOnLine = (n: number, bytes: number[]) => concat(`${LINES.slice(0, n).join("\n")} # `, bytes, `\n${LINES.slice(n).join("\n")}`);
/** A second material named `name`, placed right after the second one (營业执照 at line 32): line 39. */
const secondLicence = (name: string) =>
  swap(
    "  - name: 营业执照\n",
    `  - name: ${name}\n    form: copy\n    media: paper-or-electronic\n    copies: 1\n    necessity: required\n    source: government\n    eLicense: true\n  - name: 营业执照\n`,
  );
const CR = BASE_ITEM.replaceAll("\n", "\r");
const CRLF = BASE_ITEM.replaceAll("\n", "\r\n");

interface Case {
  name: string;
  source: string | Uint8Array;
  /** Every finding, "rule/messageId@line", in any order; [] for a clean file. */
  expect: string[];
  /** Data the (first) finding must carry, e.g. the byte offset or the value as quoted. */
  data?: Record<string, unknown>;
}

// Line numbers of the base item used below: 3 code, 5 name, 8 region, 9 department, 10 subjects,
// 18/19 timeLimit, 21 runs, 22 onSiteReason, 28 copies, 31 eLicense (first material),
// 57 phone, 58 complaintPhone, 59 fee, 60 publishedOn, 61 volume (the last line).
const encodings: Case[] = [
  { name: "plain UTF-8", source: utf8(BASE_ITEM), expect: [] },
  { name: "a UTF-8 BOM", source: concat([0xef, 0xbb, 0xbf], BASE_ITEM), expect: [] },
  { name: "only a UTF-8 BOM", source: Uint8Array.from([0xef, 0xbb, 0xbf]), expect: ["yaml-syntax/empty@1"] },
  { name: "an empty file", source: new Uint8Array(0), expect: ["yaml-syntax/empty@1"] },
  { name: "only comments", source: utf8("# 只有注释\n# nothing else\n"), expect: ["yaml-syntax/empty@1"] },
  { name: "UTF-16LE with a BOM", source: utf16(BASE_ITEM, "le", true), expect: ["yaml-syntax/utf16@1"] },
  { name: "UTF-16BE with a BOM", source: utf16(BASE_ITEM, "be", true), expect: ["yaml-syntax/utf16@1"] },
  { name: "UTF-16LE without a BOM", source: utf16(BASE_ITEM, "le", false), expect: ["yaml-syntax/utf16@1"] },
  { name: "UTF-16BE without a BOM", source: utf16(BASE_ITEM, "be", false), expect: ["yaml-syntax/utf16@1"] },
  { name: "UTF-16LE without a BOM, one short line", source: utf16("name: 食品\n", "le", false), expect: ["yaml-syntax/utf16@1"] },
  { name: "UTF-32LE (its BOM starts like UTF-16LE's)", source: concat([0xff, 0xfe, 0, 0], "c\0\0\0"), expect: ["yaml-syntax/utf16@1"] },
  // 蓬溪 in GBK (C5 EE CF AA): C5 leads a 2-byte form, EE cannot follow it.
  {
    name: "GBK bytes in the department",
    source: concat(`${LINES.slice(0, 8).join("\n")}\ndepartment: `, [0xc5, 0xee, 0xcf, 0xaa], `\n${LINES.slice(9).join("\n")}`),
    expect: ["yaml-syntax/notUtf8@9"],
  },
  // 食品 in GBK (CA B3 C6 B7) happens to be valid UTF-8 (U+02B3 U+01B7): read as text, not a finding.
  {
    name: "GBK bytes that are valid UTF-8",
    source: concat(`${LINES.slice(0, 8).join("\n")}\ndepartment: `, [0xca, 0xb3, 0xc6, 0xb7], `\n${LINES.slice(9).join("\n")}`),
    expect: [],
  },
  { name: "a Latin-1 é in a comment", source: bytesOnLine(2, [0xe9, 0x20]), expect: ["yaml-syntax/notUtf8@2"] },
  { name: "an overlong 3-byte form (E0 80 80)", source: bytesOnLine(5, [0xe0, 0x80, 0x80]), expect: ["yaml-syntax/notUtf8@5"] },
  { name: "an overlong 3-byte form (E0 9F BF)", source: bytesOnLine(6, [0xe0, 0x9f, 0xbf]), expect: ["yaml-syntax/notUtf8@6"] },
  { name: "an overlong 2-byte form (C0 AF)", source: bytesOnLine(7, [0xc0, 0xaf]), expect: ["yaml-syntax/notUtf8@7"] },
  { name: "an overlong 2-byte form (C1 BF)", source: bytesOnLine(7, [0xc1, 0xbf]), expect: ["yaml-syntax/notUtf8@7"] },
  { name: "a UTF-16 surrogate in UTF-8 (ED A0 80)", source: bytesOnLine(9, [0xed, 0xa0, 0x80]), expect: ["yaml-syntax/notUtf8@9"] },
  { name: "a low surrogate in UTF-8 (ED BF BF)", source: bytesOnLine(9, [0xed, 0xbf, 0xbf]), expect: ["yaml-syntax/notUtf8@9"] },
  { name: "an overlong 4-byte form (F0 80 80 80)", source: bytesOnLine(12, [0xf0, 0x80, 0x80, 0x80]), expect: ["yaml-syntax/notUtf8@12"] },
  { name: "past U+10FFFF (F4 90 80 80)", source: bytesOnLine(13, [0xf4, 0x90, 0x80, 0x80]), expect: ["yaml-syntax/notUtf8@13"] },
  { name: "a lead byte F5", source: bytesOnLine(14, [0xf5, 0x80, 0x80, 0x80]), expect: ["yaml-syntax/notUtf8@14"] },
  { name: "a lone continuation byte", source: bytesOnLine(20, [0x80]), expect: ["yaml-syntax/notUtf8@20"] },
  { name: "a byte FF", source: bytesOnLine(21, [0xff]), expect: ["yaml-syntax/notUtf8@21"] },
  { name: "a sequence cut short by the end of the file", source: concat(BASE_ITEM, "# ", [0xe9, 0xa3]), expect: ["yaml-syntax/notUtf8@62"] },
  { name: "a bad byte counted in CR-only lines", source: concat("# a\r# b\r# ", [0xff], "\rname: x\r"), expect: ["yaml-syntax/notUtf8@3"] },
  { name: "a bad byte counted in CRLF lines", source: concat("# a\r\n# b\r\n# ", [0xff], "\r\n"), expect: ["yaml-syntax/notUtf8@3"] },
  { name: "U+D7FF, the last code point before the surrogates", source: bytesOnLine(2, [0xed, 0x9f, 0xbf]), expect: [] },
  { name: "U+10FFFF, the last code point", source: bytesOnLine(2, [0xf4, 0x8f, 0xbf, 0xbf]), expect: [] },
  { name: "an emoji in a comment", source: bytesOnLine(2, [0xf0, 0x9f, 0x98, 0x80]), expect: [] },
  { name: "U+FFFD in a comment", source: bytesOnLine(2, [0xef, 0xbf, 0xbd]), expect: [] },
  { name: "a second BOM right after the first", source: concat([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], BASE_ITEM), expect: [] },
  { name: "a BOM in the middle, in a comment", source: line(2, "# 注释\ufeff中间"), expect: [] },
  // YAML allows a BOM only at the start of a stream: mid-text it is part of the key, named in the message.
  {
    name: "a BOM in the middle, at the start of a line",
    source: line(9, "\ufeffdepartment: 蓬溪县行政审批局"),
    expect: ["schema/unknownKey@9"],
    data: { key: "<U+FEFF (zero-width no-break space)>department" },
  },
];

const lineEnds: Case[] = [
  { name: "CRLF line ends", source: CRLF, expect: [] },
  { name: "CR-only line ends", source: CR, expect: [] },
  { name: "no line end after the last line", source: BASE_ITEM.trimEnd(), expect: [] },
  { name: "CR-only, a wrong value on the last line", source: CR.replace("volume: 1250", "volume: 很多"), expect: ["schema/type@61"] },
  { name: "CR-only, a wrong value on line 8", source: CR.replace('region: "510921"', "region: 510921"), expect: ["schema/type@8"] },
  { name: "CR-only, a duplicate key on line 9", source: CR.replace("department:", "name: 又一个\rdepartment:"), expect: ["yaml-syntax/duplicateKey@9"] },
  { name: "CR-only, an unclosed flow on line 59", source: CR.replace("fee: { charged: false }", "fee: { charged: false"), expect: ["yaml-syntax/syntax@59"] },
  { name: "CR-only, a control character on line 5", source: CR.replace("name: 食品", "name: 食\u0001品"), expect: ["yaml-syntax/controlCharacter@5"] },
  {
    name: "LF then CR line ends, a wrong value on line 61",
    source: `${LINES.slice(0, 30).join("\n")}\n${LINES.slice(30).join("\r")}`.replace("volume: 1250", "volume: x"),
    expect: ["schema/type@61"],
  },
  {
    name: "CRLF then CR line ends, a wrong value on line 57",
    source: `${LINES.slice(0, 40).join("\r\n")}\r\n${LINES.slice(40).join("\r")}`.replace("phone: 0825-5432100", "phone: [1]"),
    expect: ["schema/type@57"],
  },
  { name: "CRLF, a wrong value on line 21", source: CRLF.replace("runs: 0", "runs: 很多"), expect: ["schema/type@21"] },
  { name: "a form feed on a line of its own", source: line(2, "\f"), expect: ["yaml-syntax/controlCharacter@2"] },
  { name: "a vertical tab in a value", source: swap("department: 蓬溪县", "department: 蓬溪\u000b县"), expect: ["yaml-syntax/controlCharacter@9"] },
];

const yaml11: Case[] = [
  { name: "yes (YAML 1.1 true) is text in YAML 1.2", source: line(31, "    eLicense: yes"), expect: ["schema/type@31"] },
  { name: "no is text", source: line(31, "    eLicense: no"), expect: ["schema/type@31"] },
  { name: "on is text", source: line(31, "    eLicense: on"), expect: ["schema/type@31"] },
  { name: "off is text", source: line(31, "    eLicense: off"), expect: ["schema/type@31"] },
  { name: "Y is text", source: line(31, "    eLicense: Y"), expect: ["schema/type@31"] },
  { name: "True is true", source: line(31, "    eLicense: True"), expect: [] },
  { name: "FALSE is false", source: line(31, "    eLicense: FALSE"), expect: [] },
  { name: '"false" in quotes is text', source: line(31, '    eLicense: "false"'), expect: ["schema/type@31"] },
  { name: "0o1 (YAML 1.2 octal) is 1", source: line(28, "    copies: 0o1"), expect: [] },
  { name: "0x1 is 1", source: line(28, "    copies: 0x1"), expect: [] },
  { name: "01 is 1 (not YAML 1.1 octal)", source: line(28, "    copies: 01"), expect: [] },
  { name: "1_000 is text in YAML 1.2", source: line(61, "volume: 1_000"), expect: ["schema/type@61"] },
  { name: "1,250 is text", source: line(61, "volume: 1,250"), expect: ["schema/type@61"] },
  { name: "1.0 is a whole number", source: line(61, "volume: 1.0"), expect: [] },
  { name: "1e3 is a whole number", source: line(61, "volume: 1e3"), expect: [] },
  { name: ".inf is not a whole number", source: line(61, "volume: .inf"), expect: ["schema/type@61"] },
  { name: "-.inf is not a whole number", source: line(61, "volume: -.inf"), expect: ["schema/type@61"] },
  { name: ".nan is not a whole number", source: line(61, "volume: .nan"), expect: ["schema/type@61"] },
  { name: "~ is null", source: line(61, "volume: ~"), expect: ["schema/type@61"] },
  { name: "Null is null", source: line(61, "volume: Null"), expect: ["schema/type@61"] },
  { name: "an empty value is null", source: line(61, "volume:"), expect: ["schema/type@61"] },
  { name: "a date is text in YAML 1.2", source: line(61, "volume: 2024-01-01"), expect: ["schema/type@61"] },
  { name: "a time 1:20 (YAML 1.1 sexagesimal) is text", source: line(21, "runs: 1:20"), expect: ["schema/type@21"] },
  { name: "0b1 (YAML 1.1 binary) is text", source: line(21, "runs: 0b1"), expect: ["schema/type@21"] },
  { name: "+0x1 is text in YAML 1.2 core", source: line(21, "runs: +0x1"), expect: ["schema/type@21"] },
  { name: "-.5 is a number", source: line(61, "volume: -.5"), expect: ["schema/type@61"], data: { actual: { en: "a number" } } },
  { name: "+0 is 0", source: line(21, "runs: +0"), expect: [] },
  { name: "an unquoted region code is a number", source: line(8, "region: 510921"), expect: ["schema/type@8"] },
  // Read as YAML 1.2 reads it whatever the path (an anchor elsewhere sends a file to the other parser).
  { name: "an unquoted item code with an E is a float (Infinity)", source: line(3, "code: 11510921001538709E4000117600000"), expect: ["schema/type@3"] },
  {
    name: "the same unquoted code, with an anchor in the file",
    source: line(3, "code: 11510921001538709E4000117600000").replace("phone: 0825-5432100", "phone: &p 0825-5432100"),
    expect: ["schema/type@3"],
  },
  { name: "a region with a leading zero in quotes stays text", source: line(8, 'region: "051092"'), expect: [] },
  { name: "a date-like region code in quotes", source: line(8, 'region: "2024-01"'), expect: ["schema/pattern@8"] },
  { name: "%YAML 1.1 does not make yes true", source: `%YAML 1.1\n---\n${line(31, "    eLicense: yes")}`, expect: ["schema/type@33"] },
  { name: "%YAML 1.2 and a document start", source: `%YAML 1.2\n---\n${BASE_ITEM}`, expect: [] },
];

const tags: Case[] = [
  { name: "!!str makes a number text", source: line(61, "volume: !!str 1250"), expect: ["schema/type@61"] },
  { name: "!!int reads a quoted number", source: line(61, 'volume: !!int "1250"'), expect: [] },
  { name: "!!float 1250 is a whole number", source: line(61, "volume: !!float 1250"), expect: [] },
  { name: "a verbatim tag", source: line(61, "volume: !<tag:yaml.org,2002:int> 1250"), expect: [] },
  { name: "!!map on a flow mapping", source: line(59, "fee: !!map { charged: false }"), expect: [] },
  { name: "!!seq on a flow list", source: line(10, "subjects: !!seq [legal-person]"), expect: [] },
  // The `yaml` package decodes !!binary to bytes: not a text, so the schema says what it is.
  { name: "!!binary decodes to bytes, not a text", source: line(9, "department: !!binary 6JOs5rqq5Y6/"), expect: ["schema/type@9"] },
  { name: "!!js/function is not run, only read as text", source: line(9, 'department: !!js/function "function () { return 1 }"'), expect: [] },
  { name: "!!python/object is not run", source: line(9, "department: !!python/object:os.system rm"), expect: [] },
  { name: "a custom tag on a text", source: line(9, "department: !dept 蓬溪县行政审批局"), expect: [] },
  { name: "a custom tag on a number", source: line(61, "volume: !count 1250"), expect: ["schema/type@61"] },
  { name: "!!timestamp makes a date, not a text", source: line(9, "department: !!timestamp 2024-01-01"), expect: ["schema/type@9"] },
  { name: "!!null on a value", source: line(61, "volume: !!null ''"), expect: ["schema/type@61"] },
  { name: "!!bool on yes", source: line(31, "    eLicense: !!bool yes"), expect: ["schema/type@31"] },
  { name: "a %TAG directive", source: `%TAG !g! tag:guidelint,2026:\n---\n${line(9, "department: !g!dept 蓬溪县行政审批局")}`, expect: [] },
];

const anchors: Case[] = [
  { name: "an anchor and its alias", source: line(58, "complaintPhone: *p").replace("phone: 0825-5432100", "phone: &p 0825-5432100"), expect: [] },
  { name: "an alias to no anchor", source: line(58, "complaintPhone: *nope"), expect: ["yaml-syntax/undefinedAlias@58"], data: { name: "nope" } },
  {
    name: "an alias before its anchor",
    source: line(57, "phone: *p").replace("complaintPhone: 0825-5432199", "complaintPhone: &p 0825-5432199"),
    expect: ["yaml-syntax/undefinedAlias@57"],
  },
  { name: "an alias to no anchor inside a list", source: line(60, "publishedOn: [pc, *nope, window]"), expect: ["yaml-syntax/undefinedAlias@60"] },
  {
    name: "an alias to no anchor, CR-only lines",
    source: CR.replace("complaintPhone: 0825-5432199", "complaintPhone: *nope"),
    expect: ["yaml-syntax/undefinedAlias@58"],
  },
  { name: "an anchor with a Chinese name", source: line(58, "complaintPhone: *电话").replace("phone: 0825-5432100", "phone: &电话 0825-5432100"), expect: [] },
  {
    name: "a merge key (<<) is a plain key in YAML 1.2",
    source: line(19, "  promised: { <<: *legal, value: 5 }").replace("  legal:    {", "  legal: &legal {"),
    expect: ["schema/unknownKey@19", "schema/required@19"],
  },
  // The alias stands inside its anchor's node: a list that holds itself, not a whole number.
  { name: "a self-referencing alias", source: line(61, "volume: &v [*v]"), expect: ["schema/type@61"] },
  // Eight references to itself: the rules that read every text walk each node once, not 8^depth times.
  {
    name: "a text list holding itself eight times",
    source: line(61, `volume: &v [文本, ${Array(8).fill("*v").join(", ")}]`),
    expect: ["schema/type@61"],
  },
  {
    name: "an alias bomb is cut short",
    source: `${BASE_ITEM}a: &a [x,x,x,x,x,x,x,x,x]\n${"bcdefghi"
      .split("")
      .map((k, i) => `${k}: &${k} [${Array(9).fill(`*${"abcdefghi"[i]}`).join(",")}]`)
      .join("\n")}\n`,
    expect: ["yaml-syntax/syntax@1"],
  },
  {
    name: "a material repeated by an alias is a duplicate",
    source: swap("  - name: 营业执照\n", "  - &licence\n    name: 营业执照\n").replace("address:", "  - *licence\naddress:"),
    expect: ["materials-duplicate/duplicate@33"],
  },
];

const keys: Case[] = [
  { name: "a flow mapping as a key", source: line(61, "volume: 1250\n{a: 1}: x"), expect: ["yaml-syntax/collectionKey@62"] },
  { name: "a flow list as a key", source: line(61, "volume: 1250\n[a, b]: x"), expect: ["yaml-syntax/collectionKey@62"] },
  { name: "an explicit mapping key", source: line(61, "volume: 1250\n? {a: 1}\n: x"), expect: ["yaml-syntax/collectionKey@62"] },
  { name: "an explicit block mapping key", source: line(61, "volume: 1250\n? a: 1\n  b: 2\n: x"), expect: ["yaml-syntax/collectionKey@62"] },
  {
    name: "a flow mapping as a key inside a material",
    source: line(30, "    source: applicant\n    ? {k: v}\n    : x"),
    expect: ["yaml-syntax/collectionKey@31"],
  },
  {
    name: "a flow mapping key indented in a material (the parser refuses it)",
    source: line(30, "    source: applicant\n    {k: v}: x"),
    expect: ["yaml-syntax/syntax@31"],
  },
  { name: "a collection key in a flow mapping", source: line(59, "fee: { charged: false, [a]: b }"), expect: ["yaml-syntax/collectionKey@59"] },
  { name: "an explicit text key", source: line(5, "? name\n: 食品经营许可（新办）"), expect: [] },
  { name: "a quoted key", source: line(5, '"name": 食品经营许可（新办）'), expect: [] },
  { name: "a number as a key", source: line(61, "volume: 1250\n1: x"), expect: ["schema/unknownKey@62"] },
  { name: "a null key", source: line(61, "volume: 1250\n~: x"), expect: ["schema/unknownKey@62"] },
  { name: "a duplicate key", source: line(61, "volume: 1250\nvolume: 1"), expect: ["yaml-syntax/duplicateKey@62"] },
  {
    name: "a key with a zero-width space is another key, named visibly",
    source: line(61, "volume: 1250\nphone\u200b: 0825-5432100"),
    expect: ["schema/unknownKey@62"],
    data: { key: "phone<U+200B (zero-width space)>" },
  },
  { name: "a key with a full-width colon", source: line(9, "department：蓬溪县行政审批局"), expect: ["yaml-syntax/syntax@9"] },
];

const structure: Case[] = [
  { name: "a tab indenting a block mapping", source: line(26, "\tform: original"), expect: ["yaml-syntax/syntax@26"] },
  { name: "a tab after the colon", source: line(9, "department:\t蓬溪县行政审批局"), expect: [] },
  { name: "a tab inside a flow mapping", source: line(59, "fee: {\tcharged: false }"), expect: [] },
  {
    name: "deep flow nesting (2,000 levels) as an unknown key",
    source: line(61, `volume: 1250\ndeep: ${"[".repeat(2000)}${"]".repeat(2000)}`),
    expect: ["schema/unknownKey@62"],
  },
  { name: "deep unclosed flow nesting", source: line(61, `volume: 1250\ndeep: ${"[".repeat(2000)}`), expect: ["yaml-syntax/syntax@62"] },
  {
    // An anchor sends the file to the careful parser, whose stack runs out: said as what it means.
    name: "deep flow nesting (10,000 levels) with an anchor in the file",
    source: line(61, `volume: 1250\ndeep: ${"[".repeat(10_000)}${"]".repeat(10_000)}`).replace("phone: 0825-5432100", "phone: &p 0825-5432100"),
    expect: ["yaml-syntax/syntax@62"],
    data: { detail: { en: "the values are nested too deeply to read" } },
  },
  {
    name: "a deeply nested explicit key (10,000 levels)",
    source: `${BASE_ITEM}? ${"[".repeat(10_000)}${"]".repeat(10_000)}\n: x\n`,
    expect: ["yaml-syntax/syntax@62"],
    data: { detail: { en: "the values are nested too deeply to read" } },
  },
  {
    name: "deep block nesting (200 levels) as an unknown key",
    source: line(61, `volume: 1250\n${Array.from({ length: 200 }, (_, i) => `${"  ".repeat(i)}k${i}:`).join("\n")} end`),
    expect: ["schema/unknownKey@62"],
  },
  { name: "a 200,000-character department", source: line(9, `department: ${"蓬".repeat(200_000)}`), expect: [] },
  { name: "a 100,000-character line of {", source: line(61, `volume: 1250\ndeep: ${"{".repeat(100_000)}`), expect: ["yaml-syntax/syntax@62"] },
  { name: "a 100,000-character line of {}:", source: line(61, `volume: 1250\ndeep: ${"{}".repeat(50_000)}:`), expect: ["yaml-syntax/syntax@62"] },
  {
    name: "a 100,000-character key, cut in the message",
    source: line(61, `volume: 1250\n${"k".repeat(100_000)}: x`),
    expect: ["schema/unknownKey@62"],
    data: { key: `${"k".repeat(39)}…` },
  },
  { name: "two documents", source: `${BASE_ITEM}---\n${BASE_ITEM}`, expect: ["yaml-syntax/multipleDocuments@62"] },
  { name: "a document start only", source: `---\n${BASE_ITEM}`, expect: [] },
  { name: "a document end marker", source: `${BASE_ITEM}...\n`, expect: [] },
  { name: "a second, empty document", source: `${BASE_ITEM}---\n`, expect: ["yaml-syntax/multipleDocuments@62"] },
  { name: "a list, not a mapping", source: "- code: x\n- name: y\n", expect: ["yaml-syntax/notMapping@1"] },
  { name: "a single text", source: "食品经营许可\n", expect: ["yaml-syntax/notMapping@1"] },
  { name: "a single number", source: "42\n", expect: ["yaml-syntax/notMapping@1"] },
  { name: "an unclosed double quote", source: line(9, 'department: "蓬溪县行政审批局'), expect: ["yaml-syntax/syntax@9"] },
  { name: "an unclosed single quote", source: line(9, "department: '蓬溪县行政审批局"), expect: ["yaml-syntax/syntax@9"] },
  { name: "an unclosed flow mapping", source: line(59, "fee: { charged: false"), expect: ["yaml-syntax/syntax@59"] },
  { name: "a literal block scalar", source: line(9, "department: |\n  蓬溪县行政审批局"), expect: [] },
  { name: "a folded block scalar", source: line(9, "department: >-\n  蓬溪县\n  行政审批局"), expect: [] },
  { name: "a value over two lines", source: line(9, "department: 蓬溪县\n  行政审批局"), expect: [] },
  { name: "a comment right after a value (no space)", source: line(9, "department: 蓬溪县行政审批局#注"), expect: [] },
];

const values: Case[] = [
  {
    name: "a NUL byte in a value",
    source: swap("name: 食品", "name: 食\u0000品"),
    expect: ["yaml-syntax/controlCharacter@5"],
    data: { char: { en: "U+0000 (NUL)", "zh-CN": "U+0000（空字符 NUL）" } },
  },
  { name: "a NUL byte in a comment", source: line(2, "# \u0000"), expect: ["yaml-syntax/controlCharacter@2"] },
  { name: "a NUL byte in the last value, CRLF", source: CRLF.replace("volume: 1250", "volume: 12\u000050"), expect: ["yaml-syntax/controlCharacter@61"] },
  { name: "a file of one NUL byte", source: Uint8Array.from([0]), expect: ["yaml-syntax/controlCharacter@1"] },
  { name: "a NUL written as an escape in a value", source: line(9, 'department: "蓬溪县\\0行政审批局"'), expect: ["yaml-syntax/controlCharacter@9"] },
  { name: "ESC written as \\x1b in a value", source: line(9, 'department: "\\x1b[31m蓬溪县行政审批局"'), expect: ["yaml-syntax/controlCharacter@9"] },
  {
    name: "U+0007 written as \\u0007 in a material name",
    source: line(25, '  - name: "食品经营许可申请书\\u0007"'),
    expect: ["yaml-syntax/controlCharacter@25"],
  },
  { name: "an escaped tab in a value is allowed", source: line(9, 'department: "蓬溪县\\t行政审批局"'), expect: [] },
  { name: "a backslash-zero in a single-quoted value is two characters", source: line(9, "department: '蓬溪县\\0行政审批局'"), expect: [] },
  { name: "a backslash-zero in a plain value is two characters", source: line(9, "department: 蓬溪县\\0行政审批局"), expect: [] },
  { name: "U+0001 in a value", source: swap("department: 蓬溪县", "department: \u0001蓬溪县"), expect: ["yaml-syntax/controlCharacter@9"] },
  { name: "ESC (U+001B) in a value", source: swap("department: 蓬溪县", "department: \u001b[31m蓬溪县"), expect: ["yaml-syntax/controlCharacter@9"] },
  { name: "DEL (U+007F) in a value", source: swap("department: 蓬溪县", "department: 蓬溪\u007f县"), expect: ["yaml-syntax/controlCharacter@9"] },
  { name: "a C1 control (U+0090) in a value", source: swap("department: 蓬溪县", "department: 蓬溪\u0090县"), expect: ["yaml-syntax/controlCharacter@9"] },
  { name: "U+FFFF in a value", source: swap("department: 蓬溪县", "department: 蓬溪\uffff县"), expect: ["yaml-syntax/controlCharacter@9"] },
  { name: "a right-to-left override (U+202E) in the department", source: swap("department: 蓬溪县", "department: 蓬溪\u202e县"), expect: [] },
  { name: "a zero-width space in the department", source: swap("department: 蓬溪县", "department: 蓬溪\u200b县"), expect: ["invisible-spaces/invisible@9"] },
  {
    name: "a zero-width space in the region code, named in the message",
    source: line(8, 'region: "51092\u200b1"'),
    expect: ["invisible-spaces/invisible@8", "schema/pattern@8"],
    data: { value: "51092<U+200B (zero-width space)>1" },
  },
  {
    name: "a right-to-left override in the region code, named",
    source: line(8, 'region: "5109\u202e21"'),
    expect: ["schema/pattern@8"],
    data: { value: "5109<U+202E (right-to-left override)>21" },
  },
  {
    name: "a BOM inside a quoted region code, named",
    source: line(8, 'region: "\ufeff510921"'),
    expect: ["invisible-spaces/invisible@8", "schema/pattern@8"],
    data: { value: "<U+FEFF (zero-width no-break space)>510921" },
  },
  { name: "an escaped tab in a quoted region code", source: line(8, 'region: "51092\\t1"'), expect: ["schema/pattern@8"] },
  {
    name: "two materials differing by U+200B are duplicates",
    source: secondLicence("营业\u200b执照"),
    expect: ["invisible-spaces/invisible@32", "materials-duplicate/duplicate@39"],
  },
  {
    name: "two materials differing by U+200C are duplicates",
    source: secondLicence("营业\u200c执照"),
    expect: ["invisible-spaces/invisible@32", "materials-duplicate/duplicate@39"],
  },
  {
    name: "two materials differing by U+200D are duplicates",
    source: secondLicence("营\u200d业执照"),
    expect: ["invisible-spaces/invisible@32", "materials-duplicate/duplicate@39"],
  },
  {
    name: "two materials differing by U+2060 are duplicates",
    source: secondLicence("营业执照\u2060"),
    expect: ["invisible-spaces/invisible@32", "materials-duplicate/duplicate@39"],
  },
  {
    name: "two materials differing by U+FEFF are duplicates",
    source: secondLicence("\ufeff营业执照"),
    expect: ["invisible-spaces/invisible@32", "materials-duplicate/duplicate@39"],
  },
  {
    name: "two materials differing by full-width brackets",
    source: secondLicence("营业执照(副本)").replace("  - name: 营业执照\n", "  - name: 营业执照（副本）\n"),
    expect: ["materials-duplicate/duplicate@39"],
  },
  { name: "a material with a different name is not a duplicate", source: secondLicence("营业执照副本"), expect: [] },
  { name: "full-width digits in the phone", source: line(57, "phone: ０８２５-５４３２１００"), expect: ["phone-format/fullWidth@57"] },
  { name: "an unquoted phone number", source: line(57, "phone: 08255432100"), expect: ["phone-format/unquotedNumber@57"] },
  {
    name: "full-width punctuation in the hours",
    source: swap("hours: 周一至周五 9:00-12:00，13:30-17:00", "hours: 周一至周五：9:00—12:00；13:30—17:00。"),
    // The dashes between times are written half-width (hours-format); the punctuation around them stays.
    expect: ["hours-format/fullWidth@56"],
  },
  { name: "Chinese quotation marks in a law's text", source: swap("国家对食品生产经营实行许可制度。", "国家对“食品生产经营”实行许可制度。"), expect: [] },
  { name: "an ideographic space in the department", source: swap("department: 蓬溪县", "department: 蓬溪县\u3000"), expect: [] },
  { name: "a double-quoted value with \\u escapes", source: line(9, 'department: "\\u84ec\\u6eaa\\u53bf\\u884c\\u653f\\u5ba1\\u6279\\u5c40"'), expect: [] },
  { name: "a number where a text goes", source: line(9, "department: 12345"), expect: ["schema/type@9"] },
  { name: "a list where a text goes", source: line(9, "department: [蓬溪县]"), expect: ["schema/type@9"] },
  { name: "a mapping where a list goes", source: line(60, "publishedOn: { pc: true }"), expect: ["schema/type@60"] },
];

const all = { encodings, lineEnds, yaml11, tags, anchors, keys, structure, values };

describe("hostile YAML corpus", () => {
  it("holds at least 120 cases", () => {
    expect(Object.values(all).flat().length).toBeGreaterThanOrEqual(120);
  });
  for (const [group, cases] of Object.entries(all)) {
    describe(group, () => {
      it.each(cases.map((c) => [c.name, c] as const))("%s", (_, c) => {
        const { result, toolErrors } = lintBytes(c.source);
        expect(toolErrors).toEqual([]);
        const got = result.findings.map((f) => `${f.ruleId}/${f.messageId}@${f.line}`);
        expect(got.sort()).toEqual([...c.expect].sort());
        if (c.data) expect(result.findings[0].data).toMatchObject(c.data);
      });
    });
  }
});

// The same bytes read from disk by a whole run (the reader, the file loop, the catalog pass that
// places its findings by re-reading the file): a sample of each group gives the same findings.
describe("hostile YAML corpus through lint()", () => {
  const names = [
    "UTF-16LE without a BOM",
    "UTF-16BE without a BOM",
    "a UTF-16 surrogate in UTF-8 (ED A0 80)",
    "CR-only, a wrong value on the last line",
    "CR-only, a duplicate key on line 9",
    "LF then CR line ends, a wrong value on line 61",
    "an alias to no anchor",
    "a flow mapping as a key",
    "a NUL byte in a value",
    "a NUL written as an escape in a value",
    "two materials differing by U+200B are duplicates",
  ];
  const sample = names.map(
    (name) =>
      Object.values(all)
        .flat()
        .find((c) => c.name === name)!,
  );
  it.each(sample.map((c) => [c.name, c] as const))("%s", async (_, c) => {
    const dir = tempDir({ "catalog/item.yaml": c.source });
    const run = await lint({ cwd: dir, paths: ["catalog/item.yaml"] });
    expect(run.toolErrors).toEqual([]);
    const got = run.results.flatMap((r) => r.findings).map((f) => `${f.ruleId}/${f.messageId}@${f.line}`);
    expect(got.sort()).toEqual([...c.expect].sort());
  });
});
