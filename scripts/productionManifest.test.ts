import { readFileSync } from "node:fs";
import path from "node:path";
import { productionBaseUrl, rewriteManifestBaseUrl } from "./lib/productionManifest";
import { validateManifestXml } from "./validateManifest";

const repoRoot = path.resolve(__dirname, "..");
const manifest = readFileSync(path.join(repoRoot, "manifest.xml"), "utf8");

describe("the production manifest (ADDIN_BASE_URL)", () => {
  it("replaces every localhost URL, keeps the rest, and still validates", () => {
    const base = productionBaseUrl("https://pmo.example.com/addin");
    expect(base).toBe("https://pmo.example.com/addin/");
    const xml = rewriteManifestBaseUrl(manifest, base);
    expect(xml).not.toContain("localhost");
    expect(xml).toContain('<bt:Url id="Taskpane.Url" DefaultValue="https://pmo.example.com/addin/taskpane.html"/>');
    expect(xml).toContain('<bt:Url id="Functions.Metadata.Url" DefaultValue="https://pmo.example.com/addin/functions.json"/>');
    expect(xml).toContain("<AppDomain>https://pmo.example.com</AppDomain>");
    expect(xml.replace(/https:\/\/pmo\.example\.com\/addin\//g, "https://localhost:3000/").replace(/https:\/\/pmo\.example\.com/g, "https://localhost:3000")).toBe(manifest);
    expect(validateManifestXml(xml, repoRoot)).toEqual({ ok: true, problems: [] });
  });

  it("leaves the manifest unchanged without ADDIN_BASE_URL", () => {
    expect(productionBaseUrl(undefined)).toBeNull();
    expect(productionBaseUrl("")).toBeNull();
    expect(rewriteManifestBaseUrl(manifest, null)).toBe(manifest);
  });

  it("refuses a base URL that Office would not load", () => {
    expect(() => productionBaseUrl("http://pmo.example.com/")).toThrow("ADDIN_BASE_URL 'http://pmo.example.com/' must use https");
    expect(() => productionBaseUrl("pmo.example.com")).toThrow("is not a URL");
    expect(() => productionBaseUrl("https://pmo.example.com/?v=2")).toThrow("must not have a query or fragment");
  });
});
