import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { drawIcon, encodePng } from "./makeIcons";
import { pngSize } from "./lib/pngSize";
import { parseXml, XmlSyntaxError } from "./lib/xmlReader";
import { validateManifestFile, validateManifestXml } from "./validateManifest";

const repoRoot = path.resolve(__dirname, "..");
const manifestPath = path.join(repoRoot, "manifest.xml");
const manifest = readFileSync(manifestPath, "utf8");

function check(xml: string, baseDir = repoRoot): readonly string[] {
  return validateManifestXml(xml, baseDir).problems;
}

/** Replaces exactly one occurrence, so a test cannot silently mutate nothing. */
function mutate(from: string | RegExp, to: string): string {
  const count = typeof from === "string" ? manifest.split(from).length - 1 : (manifest.match(from) ?? []).length;
  if (count !== 1) throw new Error(`expected exactly one match of ${String(from)}, found ${count}`);
  return manifest.replace(from, to);
}

describe("the real manifest", () => {
  it("passes every check", () => {
    expect(validateManifestFile(manifestPath)).toEqual({ ok: true, problems: [] });
  });

  it("declares the PMO namespace, a long-lived shared runtime and the Home tab group", () => {
    const root = parseXml(manifest);
    expect(root.name).toBe("OfficeApp");
    expect(manifest).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="PMO"\/>/);
    expect(manifest).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
    expect(manifest).toMatch(/<bt:String id="PmoAlign.Group.Label" DefaultValue="PMO Align"\/>/);
  });
});

describe("broken manifests fail, naming the problem", () => {
  it("rejects malformed XML with its line", () => {
    const problems = check(mutate("</Hosts>\n  <Requirements>", "</Host>\n  <Requirements>"));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^not well-formed XML: line 26, column 3: Expected closing tag 'Hosts' \(opened in line 24, col 3\) instead of closing tag 'Host'/);
  });

  it("reports a missing required element", () => {
    expect(check(mutate(/\s*<ProviderName>PMO Align<\/ProviderName>/, ""))).toEqual([
      "<ProviderName> is missing from <OfficeApp>",
    ]);
  });

  it("reports elements out of schema order", () => {
    const version = "  <Version>1.0.0.0</Version>\n";
    const moved = mutate(version, "").replace("  <Permissions>", `${version}  <Permissions>`);
    expect(check(moved)).toEqual([expect.stringMatching(/^line \d+: <Version> must come before <DefaultSettings>$/)]);
  });

  it("reports an id that is not a GUID", () => {
    expect(check(mutate(/<Id>[^<]*<\/Id>/, "<Id>pmo-align</Id>"))).toEqual([
      "<Id> 'pmo-align' is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)",
    ]);
  });

  it("reports a GUID copied from Microsoft's template", () => {
    expect(check(mutate(/<Id>[^<]*<\/Id>/, "<Id>ca968be6-628b-4f14-ba3c-3e614effa9bd</Id>"))).toEqual([
      "<Id> ca968be6-628b-4f14-ba3c-3e614effa9bd is a template's GUID; generate a unique one",
    ]);
  });

  it("reports a bad version format", () => {
    expect(check(mutate("<Version>1.0.0.0</Version>", "<Version>1.0</Version>"))).toEqual([
      "<Version> '1.0' must have the form n.n.n.n (e.g. 1.0.0.0)",
    ]);
  });

  it("reports an http URL", () => {
    const problems = check(mutate('"https://localhost:3000/functions.json"', '"http://localhost:3000/functions.json"'));
    expect(problems).toEqual([
      expect.stringMatching(/<bt:Url> DefaultValue="http:\/\/localhost:3000\/functions.json" must be an https URL/),
    ]);
  });

  it("reports a resid with no resource behind it", () => {
    const problems = check(mutate('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Commands.Url"/>'));
    expect(problems).toContainEqual(expect.stringMatching(/<FunctionFile> resid "Commands.Url" is not defined in <Resources>/));
  });

  it("reports a resid pointing at the wrong kind of resource", () => {
    const problems = check(mutate('<Namespace resid="Functions.Namespace"/>', '<Namespace resid="Taskpane.Url"/>'));
    expect(problems).toContainEqual(expect.stringMatching(/<Namespace> resid "Taskpane.Url" is a url; expected a short string/));
  });

  it("reports a custom functions page outside the shared runtime", () => {
    const xml = mutate(
      /<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/,
      '<Page><SourceLocation resid="Functions.Metadata.Url"/>',
    );
    expect(check(xml)).toEqual([
      'custom functions <Page> uses "Functions.Metadata.Url" but the shared runtime is "Taskpane.Url"',
    ]);
  });

  it("reports a missing SharedRuntime requirement set", () => {
    expect(check(mutate(/\s*<Set Name="SharedRuntime" MinVersion="1.1"\/>/, ""))).toEqual([
      "<Requirements> must list the SharedRuntime 1.1 requirement set",
    ]);
  });

  it("reports a missing functions namespace", () => {
    expect(check(mutate(/\s*<Namespace resid="Functions.Namespace"\/>/, ""))).toEqual([
      'custom functions need a <Namespace resid="...">',
    ]);
  });

  describe("icons", () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(path.join(tmpdir(), "pmo-manifest-"));
      mkdirSync(path.join(dir, "assets"));
      for (const size of [16, 32, 64, 80]) {
        copyFileSync(path.join(repoRoot, "assets", `icon-${size}.png`), path.join(dir, "assets", `icon-${size}.png`));
      }
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it("pass when the copied icons are intact", () => {
      expect(check(manifest, dir)).toEqual([]);
    });

    it("report an icon of the wrong pixel size", () => {
      writeFileSync(path.join(dir, "assets", "icon-80.png"), encodePng(48, 48, drawIcon(48)));
      expect(check(manifest, dir)).toEqual([
        "image 'Icon.80x80' (size 80): /assets/icon-80.png is 48×48 px; expected 80×80",
      ]);
    });

    it("report a missing icon file", () => {
      rmSync(path.join(dir, "assets", "icon-16.png"));
      expect(check(manifest, dir)).toEqual([expect.stringMatching(/image 'Icon.16x16' \(size 16\): icon file .*icon-16.png does not exist/)]);
    });

    it("report a file that is not a PNG", () => {
      writeFileSync(path.join(dir, "assets", "icon-32.png"), "GIF89a not a png");
      const problems = check(manifest, dir);
      expect(problems).toContain("<IconUrl>: /assets/icon-32.png is not a PNG image");
    });
  });
});

describe("the XML reader", () => {
  it("decodes entities and keeps child order", () => {
    const root = parseXml(`<?xml version="1.0"?><a x="1 &amp; 2"><b/><!-- c --><c>&lt;&#65;&#x42;</c><b/></a>`);
    expect(root.attributes.get("x")).toBe("1 & 2");
    expect(root.children.map((c) => c.name)).toEqual(["b", "c", "b"]);
    expect(root.children[1].text).toBe("<AB");
  });

  it("numbers each element's line and ignores a byte-order mark", () => {
    const root = parseXml(`\uFEFF<?xml version="1.0"?>\n<a>\n  <b/>\n  <!-- <x/> -->\n  <c><![CDATA[&nbsp;]]></c>\n</a>`);
    expect([root.line, ...root.children.map((c) => c.line)]).toEqual([2, 3, 5]);
    expect(root.children[1].text).toBe("&nbsp;");
  });

  it.each([
    ["<a><b></a>", /line 1, column 7: Expected closing tag 'b' .* instead of closing tag 'a'/],
    ['<a x="1" x="2"/>', /Attribute 'x' is repeated/],
    ["<a x=1/>", /Attribute 'x' is without value/],
    ["<a>&nbsp;</a>", /unknown entity &nbsp;/],
    ["<a/><b/>", /a second root element <b>/],
    ["<a>", /line 1, column 1: Unclosed tag 'a'/],
    ["<a>x & y</a>", /line 1, column 6: char '&' is not expected/],
    ["<a>\n<b>\n</b>\n<c>&nbsp;</c></a>", /line 4, column 4: unknown entity &nbsp;/],
    ["<!DOCTYPE a><a/>", /DOCTYPE/],
  ])("rejects %s", (xml, message) => {
    expect(() => parseXml(xml)).toThrow(XmlSyntaxError);
    expect(() => parseXml(xml)).toThrow(message);
  });
});

describe("the generated icons", () => {
  it.each([16, 32, 64, 80])("icon-%i.png has its nominal size", (size) => {
    expect(pngSize(readFileSync(path.join(repoRoot, "assets", `icon-${size}.png`)))).toEqual({ width: size, height: size });
  });
});
