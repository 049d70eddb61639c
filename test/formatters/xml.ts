// A tiny, strict XML reader for the tests (no dependency): elements, attributes, text, CDATA,
// comments, the declaration. Throws on anything not well-formed: unclosed or mismatched tags,
// unquoted or duplicate attributes, a raw `<` or a bad entity, text outside the root.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(raw: string, where: number): string {
  let out = "";
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === "<") throw new Error(`raw < at ${where + i}`);
    if (ch !== "&") {
      out += ch;
      continue;
    }
    const end = raw.indexOf(";", i);
    if (end < 0) throw new Error(`unterminated entity at ${where + i}`);
    const name = raw.slice(i + 1, end);
    if (name.startsWith("#x")) out += String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    else if (name.startsWith("#")) out += String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    else if (name in ENTITIES) out += ENTITIES[name];
    else throw new Error(`unknown entity &${name}; at ${where + i}`);
    i = end;
  }
  return out;
}

const isNameChar = (c: string) => c !== undefined && !" \t\r\n/>=\"'<".includes(c);

export function parseXml(xml: string): XmlElement {
  let i = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const skipSpace = () => {
    while (i < xml.length && " \t\r\n".includes(xml[i])) i++;
  };
  const readName = () => {
    const start = i;
    while (i < xml.length && isNameChar(xml[i])) i++;
    if (i === start) throw new Error(`expected a name at ${i}`);
    return xml.slice(start, i);
  };
  while (i < xml.length) {
    if (xml.startsWith("<?", i)) {
      const end = xml.indexOf("?>", i);
      if (end < 0 || i !== 0) throw new Error(`bad declaration at ${i}`);
      i = end + 2;
    } else if (xml.startsWith("<!--", i)) {
      const end = xml.indexOf("-->", i);
      if (end < 0) throw new Error("unterminated comment");
      i = end + 3;
    } else if (xml.startsWith("<![CDATA[", i)) {
      const end = xml.indexOf("]]>", i);
      if (end < 0 || stack.length === 0) throw new Error(`bad CDATA at ${i}`);
      stack[stack.length - 1].text += xml.slice(i + 9, end);
      i = end + 3;
    } else if (xml.startsWith("</", i)) {
      i += 2;
      const name = readName();
      skipSpace();
      if (xml[i] !== ">") throw new Error(`bad end tag at ${i}`);
      i++;
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`</${name}> does not close <${open?.name}>`);
    } else if (xml[i] === "<") {
      i++;
      const element: XmlElement = { name: readName(), attributes: {}, children: [], text: "" };
      for (;;) {
        skipSpace();
        if (xml.startsWith("/>", i) || xml[i] === ">") break;
        const attr = readName();
        skipSpace();
        if (xml[i] !== "=") throw new Error(`attribute ${attr} without value at ${i}`);
        i++;
        skipSpace();
        const quote = xml[i];
        if (quote !== '"' && quote !== "'") throw new Error(`unquoted attribute ${attr} at ${i}`);
        const end = xml.indexOf(quote, i + 1);
        if (end < 0) throw new Error("unterminated attribute");
        if (attr in element.attributes) throw new Error(`duplicate attribute ${attr}`);
        element.attributes[attr] = decode(xml.slice(i + 1, end), i + 1);
        i = end + 1;
      }
      if (stack.length > 0) stack[stack.length - 1].children.push(element);
      else if (root) throw new Error("second root element");
      else root = element;
      if (xml.startsWith("/>", i)) i += 2;
      else {
        i++;
        stack.push(element);
      }
    } else {
      const end = xml.indexOf("<", i);
      const raw = xml.slice(i, end < 0 ? xml.length : end);
      if (stack.length === 0) {
        if (raw.trim() !== "") throw new Error(`text outside the root at ${i}`);
      } else stack[stack.length - 1].text += decode(raw, i);
      i = end < 0 ? xml.length : end;
    }
  }
  if (stack.length > 0) throw new Error(`<${stack[stack.length - 1].name}> not closed`);
  if (!root) throw new Error("no root element");
  return root;
}
