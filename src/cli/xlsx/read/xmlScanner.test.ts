/** The XML scanner: the same events however the text is cut into chunks, and attribute lookup by local name. */
import { attr, XmlScanner } from "./xmlScanner";
import { decodeOoxmlEscapes } from "./xmlText";

const XML =
  '<?xml version="1.0" encoding="UTF-8"?>\n<!-- a comment with <c> inside --><x:sheetData xmlns:x="urn:x">' +
  '<x:row r="1"><x:c r="A1" t="inlineStr" note="a > b"><x:is><x:t>Tom &amp; Jerry &#x1F600; &#233;</x:t></x:is></x:c>' +
  "<c r='B1'><v><![CDATA[<raw & text>]]></v></c><c r=\"C1\"/><v>12.5</v></x:row></x:sheetData>";

/** Every event as a line; text only inside <t> and <v>. */
function events(chunks: readonly string[]): string[] {
  const out: string[] = [];
  const stack: string[] = [];
  const scanner = new XmlScanner({
    open(name, attrs, selfClosing) {
      out.push(`open ${name}${selfClosing ? "/" : ""} r=${attr(attrs, "r")}`);
      if (!selfClosing) stack.push(name);
    },
    close(name) {
      out.push(`close ${name}`);
      stack.pop();
    },
    wantsText: () => stack[stack.length - 1] === "t" || stack[stack.length - 1] === "v",
    text: (t) => out.push(`text ${t}`),
  });
  for (const c of chunks) scanner.push(c);
  scanner.end();
  // Text of one node may arrive in parts (CDATA); join neighbours so cuts do not matter.
  return out.reduce<string[]>((acc, line) => {
    const last = acc[acc.length - 1];
    if (last?.startsWith("text ") && line.startsWith("text ")) acc[acc.length - 1] = last + line.slice(5);
    else acc.push(line);
    return acc;
  }, []);
}

describe("XmlScanner", () => {
  const whole = events([XML]);

  it("drops namespace prefixes, skips comments and declarations, decodes entities, keeps CDATA raw", () => {
    expect(whole).toEqual([
      "open sheetData r=null",
      "open row r=1",
      "open c r=A1",
      "open is r=null",
      "open t r=null",
      "text Tom & Jerry 😀 é",
      "close t",
      "close is",
      "close c",
      "open c r=B1",
      "open v r=null",
      "text <raw & text>",
      "close v",
      "close c",
      "open c/ r=C1",
      "open v r=null",
      "text 12.5",
      "close v",
      "close row",
      "close sheetData",
    ]);
  });

  it("gives the same events for every cut into two chunks, and for one character at a time", () => {
    for (let cut = 1; cut < XML.length; cut++) expect([cut, events([XML.slice(0, cut), XML.slice(cut)])]).toEqual([cut, whole]);
    expect(events(XML.split(""))).toEqual(whole);
  });

  it("finds attributes by local name, never inside another value or an xmlns declaration", () => {
    expect(attr(' name="r:id x" sheetId="1" r:id="rId7"', "id")).toBe("rId7");
    expect(attr(' xmlns:r="urn:r" r="B2"', "r")).toBe("B2");
    expect(attr(" t = 's' ", "t")).toBe("s");
    expect(attr(' name="a &amp; b"', "name")).toBe("a & b");
    expect(attr(' rs="1"', "s")).toBeNull();
  });

  it("decodes _xHHHH_ escapes once, left to right", () => {
    expect(decodeOoxmlEscapes("a_x000D__x000A_b")).toBe("a\r\nb");
    expect(decodeOoxmlEscapes("_x005F_x000D_")).toBe("_x000D_");
  });
});
