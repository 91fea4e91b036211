/**
 * Offline check of the XML add-in manifest (`npm run validate` → `tsx scripts/validateManifest.ts manifest.xml`).
 * It catches what breaks sideloading before Office does: malformed XML, missing or out-of-order elements,
 * a template GUID, a bad version, non-https URLs, dangling resids, icons of the wrong size, and a custom
 * functions / shared runtime set-up that would not load. Icon URLs are resolved by their path against the
 * manifest's folder (https://host/assets/icon-32.png → <manifest dir>/assets/icon-32.png, also when the add-in
 * is hosted under a path such as https://host/addin/), so it checks the source manifest against the repo and
 * dist/manifest.xml against the build output alike.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pngSize } from "./lib/pngSize";
import { childrenNamed, descendants, parseXml, XmlElement, XmlSyntaxError } from "./lib/xmlReader";

/** Top-level elements of a TaskPaneApp in the schema's order; `required` ones must be present. */
const TOP_LEVEL: readonly { readonly name: string; readonly required: boolean }[] = [
  { name: "Id", required: true },
  { name: "AlternateId", required: false },
  { name: "Version", required: true },
  { name: "ProviderName", required: true },
  { name: "DefaultLocale", required: true },
  { name: "DisplayName", required: true },
  { name: "Description", required: true },
  { name: "IconUrl", required: true },
  { name: "HighResolutionIconUrl", required: true },
  { name: "SupportUrl", required: false },
  { name: "AppDomains", required: true },
  { name: "Hosts", required: true },
  { name: "Requirements", required: true },
  { name: "DefaultSettings", required: true },
  { name: "Permissions", required: true },
  { name: "AllowSnapshot", required: false },
  { name: "Dictionary", required: false },
  { name: "VersionOverrides", required: true },
  { name: "ExtendedOverrides", required: false },
];

/** GUIDs of Microsoft's templates: an add-in that keeps one collides with every other copy. */
const TEMPLATE_GUIDS = new Set([
  "ca968be6-628b-4f14-ba3c-3e614effa9bd", // OfficeDev/Excel-Custom-Functions
  "05c2e1c9-3e1d-406e-9a91-e9ac64854143", // OfficeDev/Office-Addin-TaskPane-React
  "00000000-0000-0000-0000-000000000000",
]);

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/;
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;
const REQUIRED_SETS: Readonly<Record<string, string>> = { SharedRuntime: "1.1", CustomFunctionsRuntime: "1.1" };
/** Icon sizes (px) expected behind the top-level icon URLs. */
const ICON_URL_SIZES: Readonly<Record<string, number>> = { IconUrl: 32, HighResolutionIconUrl: 64 };
const MAX_RESID = 32;
const MAX_SHORT_STRING = 125;
const MAX_LONG_STRING = 250;

type ResourceKind = "image" | "url" | "short string" | "long string";

interface Resource {
  readonly kind: ResourceKind;
  readonly value: string;
}

export interface ManifestReport {
  readonly ok: boolean;
  readonly problems: readonly string[];
}

/** Checks the manifest text; `baseDir` is where icon paths are looked up (the manifest's folder). */
export function validateManifestXml(xml: string, baseDir: string): ManifestReport {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (error) {
    if (error instanceof XmlSyntaxError) return { ok: false, problems: [`not well-formed XML: ${error.message}`] };
    throw error;
  }
  const problems: string[] = [];
  const report = (message: string): void => {
    problems.push(message);
  };

  if (root.name !== "OfficeApp") report(`the root element is <${root.name}>; expected <OfficeApp>`);
  if (root.attributes.get("xsi:type") !== "TaskPaneApp") report(`<OfficeApp> must have xsi:type="TaskPaneApp"`);

  checkTopLevelOrder(root, report);
  checkIdentity(root, report);

  const resources = collectResources(root, report);
  checkUrls(root, report);
  checkResids(root, resources, report);
  checkIcons(root, resources, baseDir, report);
  checkRequirements(root, report);
  checkWorkbookHost(root, resources, report);

  return { ok: problems.length === 0, problems };
}

/** Reads and checks a manifest file. */
export function validateManifestFile(file: string): ManifestReport {
  if (!existsSync(file)) return { ok: false, problems: [`${file} does not exist`] };
  return validateManifestXml(readFileSync(file, "utf8"), path.dirname(path.resolve(file)));
}

function checkTopLevelOrder(root: XmlElement, report: (m: string) => void): void {
  const known = new Map(TOP_LEVEL.map((e, i) => [e.name, i]));
  let lastIndex = -1;
  let lastName = "";
  const seen = new Set<string>();
  for (const child of root.children) {
    const index = known.get(child.name);
    if (index === undefined) {
      report(`line ${child.line}: <${child.name}> is not an element of <OfficeApp>`);
      continue;
    }
    if (seen.has(child.name)) report(`line ${child.line}: <${child.name}> appears more than once`);
    seen.add(child.name);
    if (index < lastIndex) report(`line ${child.line}: <${child.name}> must come before <${lastName}>`);
    else {
      lastIndex = index;
      lastName = child.name;
    }
  }
  for (const element of TOP_LEVEL) {
    if (element.required && !seen.has(element.name)) report(`<${element.name}> is missing from <OfficeApp>`);
  }
}

function checkIdentity(root: XmlElement, report: (m: string) => void): void {
  const id = childrenNamed(root, "Id")[0]?.text.trim();
  if (id !== undefined) {
    if (!GUID.test(id)) report(`<Id> '${id}' is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)`);
    else if (TEMPLATE_GUIDS.has(id.toLowerCase())) report(`<Id> ${id} is a template's GUID; generate a unique one`);
  }
  const version = childrenNamed(root, "Version")[0]?.text.trim();
  if (version !== undefined && !VERSION.test(version)) {
    report(`<Version> '${version}' must have the form n.n.n.n (e.g. 1.0.0.0)`);
  }
  for (const name of ["DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "DefaultSettings"]) {
    const element = childrenNamed(root, name)[0];
    if (!element) continue;
    const target = name === "DefaultSettings" ? childrenNamed(element, "SourceLocation")[0] : element;
    if (!target?.attributes.get("DefaultValue")) report(`<${name}> needs a DefaultValue`);
  }
}

function collectResources(root: XmlElement, report: (m: string) => void): Map<string, Resource> {
  const resources = new Map<string, Resource>();
  const overrides = childrenNamed(root, "VersionOverrides")[0];
  const block = overrides && childrenNamed(overrides, "Resources")[0];
  if (!block) {
    if (overrides) report("<VersionOverrides> has no <Resources>");
    return resources;
  }
  const groups: readonly [string, string, ResourceKind, number][] = [
    ["bt:Images", "bt:Image", "image", Infinity],
    ["bt:Urls", "bt:Url", "url", Infinity],
    ["bt:ShortStrings", "bt:String", "short string", MAX_SHORT_STRING],
    ["bt:LongStrings", "bt:String", "long string", MAX_LONG_STRING],
  ];
  for (const [groupName, itemName, kind, maxLength] of groups) {
    for (const group of childrenNamed(block, groupName)) {
      for (const item of childrenNamed(group, itemName)) {
        const id = item.attributes.get("id");
        const value = item.attributes.get("DefaultValue");
        if (!id) {
          report(`line ${item.line}: <${itemName}> in <${groupName}> has no id`);
          continue;
        }
        if (id.length > MAX_RESID) report(`line ${item.line}: resource id '${id}' is longer than ${MAX_RESID} characters`);
        if (resources.has(id)) report(`line ${item.line}: resource id '${id}' is defined twice`);
        if (value === undefined) report(`line ${item.line}: resource '${id}' has no DefaultValue`);
        else if (value.length > maxLength) {
          report(`line ${item.line}: ${kind} '${id}' is ${value.length} characters; the limit is ${maxLength}`);
        }
        resources.set(id, { kind, value: value ?? "" });
      }
    }
  }
  return resources;
}

function checkUrls(root: XmlElement, report: (m: string) => void): void {
  for (const element of [root, ...descendants(root)]) {
    for (const [name, value] of element.attributes) {
      if (name.startsWith("xmlns")) continue; // namespace names are identifiers, not fetched
      if (URL_LIKE.test(value) && !value.toLowerCase().startsWith("https://")) {
        report(`line ${element.line}: <${element.name}> ${name}="${value}" must be an https URL`);
      }
    }
    const text = element.text.trim();
    if (element.children.length === 0 && URL_LIKE.test(text) && !text.toLowerCase().startsWith("https://")) {
      report(`line ${element.line}: <${element.name}> ${text} must be an https URL`);
    }
  }
  for (const element of descendants(root)) {
    const isUrlResource = element.name === "bt:Url" || element.name === "bt:Image";
    const isUrlElement = ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"].includes(element.name);
    const value = element.attributes.get("DefaultValue");
    if ((isUrlResource || isUrlElement) && value !== undefined && !URL_LIKE.test(value)) {
      report(`line ${element.line}: <${element.name}> DefaultValue '${value}' is not an absolute URL`);
    }
  }
}

/** Which kind of resource a resid on this element must point to. */
function expectedKind(element: XmlElement, parent: XmlElement | undefined): ResourceKind | null {
  switch (element.name) {
    case "bt:Image":
      return "image";
    case "SourceLocation":
    case "Runtime":
    case "FunctionFile":
    case "LearnMoreUrl":
      return "url";
    case "Label":
    case "Title":
    case "Namespace":
      return "short string";
    case "Description":
      return parent?.name === "Supertip" || parent?.name === "GetStarted" ? "long string" : null;
    default:
      return null;
  }
}

function checkResids(root: XmlElement, resources: Map<string, Resource>, report: (m: string) => void): void {
  const walk = (element: XmlElement, parent: XmlElement | undefined): void => {
    const resid = element.attributes.get("resid");
    if (resid !== undefined) {
      const resource = resources.get(resid);
      const kind = expectedKind(element, parent);
      if (!resource) report(`line ${element.line}: <${element.name}> resid "${resid}" is not defined in <Resources>`);
      else if (kind && resource.kind !== kind) {
        report(`line ${element.line}: <${element.name}> resid "${resid}" is a ${resource.kind}; expected a ${kind}`);
      }
      if (resid.length > MAX_RESID) report(`line ${element.line}: resid "${resid}" is longer than ${MAX_RESID} characters`);
    }
    for (const child of element.children) walk(child, element);
  };
  walk(root, undefined);
}

function checkIcons(
  root: XmlElement,
  resources: Map<string, Resource>,
  baseDir: string,
  report: (m: string) => void,
): void {
  const checkFile = (url: string, size: number, what: string): void => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(url).pathname);
    } catch {
      report(`${what}: '${url}' is not a valid URL`);
      return;
    }
    // The add-in may be hosted under a path (https://host/addin/assets/icon-32.png): use the longest
    // trailing part of the URL path that exists under the manifest's folder.
    const segments = pathname.split("/").filter(Boolean);
    const candidates = segments.map((_, i) => path.join(baseDir, ...segments.slice(i)));
    const file = candidates.find((f) => existsSync(f));
    if (!file) {
      const expected = candidates[0] ?? baseDir;
      report(`${what}: icon file ${path.relative(process.cwd(), expected) || expected} does not exist`);
      return;
    }
    const actual = pngSize(readFileSync(file));
    if (!actual) report(`${what}: ${pathname} is not a PNG image`);
    else if (actual.width !== size || actual.height !== size) {
      report(`${what}: ${pathname} is ${actual.width}×${actual.height} px; expected ${size}×${size}`);
    }
  };

  for (const [name, size] of Object.entries(ICON_URL_SIZES)) {
    const url = childrenNamed(root, name)[0]?.attributes.get("DefaultValue");
    if (url && URL_LIKE.test(url)) checkFile(url, size, `<${name}>`);
  }
  const checked = new Set<string>();
  for (const element of descendants(root)) {
    if (element.name !== "bt:Image") continue;
    const resid = element.attributes.get("resid");
    const size = Number(element.attributes.get("size"));
    if (resid === undefined) continue;
    if (!Number.isInteger(size) || size <= 0) {
      report(`line ${element.line}: <bt:Image resid="${resid}"> needs a size in pixels`);
      continue;
    }
    const resource = resources.get(resid);
    const key = `${resid}@${size}`;
    if (resource?.kind !== "image" || checked.has(key) || !URL_LIKE.test(resource.value)) continue;
    checked.add(key);
    checkFile(resource.value, size, `image '${resid}' (size ${size})`);
  }
}

function checkRequirements(root: XmlElement, report: (m: string) => void): void {
  const requirements = childrenNamed(root, "Requirements")[0];
  if (!requirements) return;
  const sets = childrenNamed(requirements, "Sets").flatMap((s) =>
    childrenNamed(s, "Set").map((set) => ({
      name: set.attributes.get("Name") ?? "",
      version: set.attributes.get("MinVersion") ?? s.attributes.get("DefaultMinVersion") ?? "",
    })),
  );
  for (const [name, version] of Object.entries(REQUIRED_SETS)) {
    const set = sets.find((s) => s.name === name);
    if (!set) report(`<Requirements> must list the ${name} ${version} requirement set`);
    else if (set.version !== version) report(`requirement set ${name} has MinVersion ${set.version}; expected ${version}`);
  }
}

/** The Workbook host: shared runtime, custom functions extension point and the task pane button agree. */
function checkWorkbookHost(root: XmlElement, resources: Map<string, Resource>, report: (m: string) => void): void {
  const overrides = childrenNamed(root, "VersionOverrides")[0];
  if (!overrides) return;
  const hosts = childrenNamed(overrides, "Hosts")[0];
  const host = hosts && childrenNamed(hosts, "Host").find((h) => h.attributes.get("xsi:type") === "Workbook");
  if (!host) {
    report(`<VersionOverrides> has no <Host xsi:type="Workbook">`);
    return;
  }

  const order = ["Runtimes", "AllFormFactors", "DesktopFormFactor"];
  const positions = host.children.map((c) => order.indexOf(c.name)).filter((i) => i >= 0);
  if (positions.some((p, i) => i > 0 && p < positions[i - 1])) {
    report(`inside <Host xsi:type="Workbook">, <Runtimes>, <AllFormFactors> and <DesktopFormFactor> must come in that order`);
  }

  const runtime = childrenNamed(host, "Runtimes").flatMap((r) => childrenNamed(r, "Runtime"))[0];
  if (!runtime) report(`the Workbook host has no <Runtimes><Runtime> (shared runtime)`);
  else if (runtime.attributes.get("lifetime") !== "long") report(`the shared <Runtime> must have lifetime="long"`);
  const runtimeResid = runtime?.attributes.get("resid");

  const functionsPoint = childrenNamed(host, "AllFormFactors")
    .flatMap((f) => childrenNamed(f, "ExtensionPoint"))
    .find((e) => e.attributes.get("xsi:type") === "CustomFunctions");
  if (!functionsPoint) {
    report(`the Workbook host has no <ExtensionPoint xsi:type="CustomFunctions">`);
  } else {
    const source = (name: string): string | undefined =>
      childrenNamed(functionsPoint, name)
        .flatMap((e) => childrenNamed(e, "SourceLocation"))[0]
        ?.attributes.get("resid");
    for (const name of ["Script", "Page", "Metadata"]) {
      if (!source(name)) report(`custom functions <${name}> needs a <SourceLocation resid="...">`);
    }
    if (runtimeResid && source("Page") && source("Page") !== runtimeResid) {
      report(`custom functions <Page> uses "${source("Page")}" but the shared runtime is "${runtimeResid}"`);
    }
    const namespaceResid = childrenNamed(functionsPoint, "Namespace")[0]?.attributes.get("resid");
    const namespace = namespaceResid ? resources.get(namespaceResid)?.value : undefined;
    if (!namespaceResid) report(`custom functions need a <Namespace resid="...">`);
    else if (namespace !== undefined && !/^[A-Z][A-Z0-9_.]*$/.test(namespace)) {
      report(`custom functions namespace '${namespace}' must be upper-case letters and digits (e.g. PMO)`);
    }
  }

  for (const element of descendants(host)) {
    const isTaskpaneSource =
      element.name === "Action" && element.attributes.get("xsi:type") === "ShowTaskpane";
    const resid = isTaskpaneSource
      ? childrenNamed(element, "SourceLocation")[0]?.attributes.get("resid")
      : element.name === "FunctionFile"
        ? element.attributes.get("resid")
        : undefined;
    if (runtimeResid && resid && resid !== runtimeResid) {
      report(`line ${element.line}: <${element.name}> uses "${resid}" but the shared runtime is "${runtimeResid}"`);
    }
  }
  const hasTaskpaneButton = descendants(host).some(
    (e) => e.name === "Action" && e.attributes.get("xsi:type") === "ShowTaskpane",
  );
  if (!hasTaskpaneButton) report(`no ribbon button opens the task pane (<Action xsi:type="ShowTaskpane">)`);
}

function main(argv: readonly string[]): number {
  const file = argv[0] ?? "manifest.xml";
  const result = validateManifestFile(file);
  if (result.ok) {
    process.stdout.write(`${file}: valid\n`);
    return 0;
  }
  process.stderr.write(`${file}: ${result.problems.length} problem(s)\n`);
  for (const problem of result.problems) process.stderr.write(`  - ${problem}\n`);
  return 1;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
