/**
 * The production manifest: the development manifest with every https://localhost:3000/ replaced by the
 * base URL the add-in is hosted at (env ADDIN_BASE_URL, docs/deploy.md). Plain CommonJS so that
 * webpack.config.js can use it without a TypeScript loader.
 */
const DEV_BASE_URL = "https://localhost:3000/";

/** ADDIN_BASE_URL normalised with a trailing slash; null when unset. Throws for a non-https or bad URL. */
function productionBaseUrl(raw) {
  if (raw === undefined || raw === null || String(raw).trim() === "") return null;
  let url;
  try {
    url = new URL(String(raw).trim());
  } catch {
    throw new Error(`ADDIN_BASE_URL '${raw}' is not a URL (expected e.g. https://pmo.example.com/addin/)`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_BASE_URL '${raw}' must use https (Office loads add-ins over https only)`);
  if (url.search || url.hash) throw new Error(`ADDIN_BASE_URL '${raw}' must not have a query or fragment`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** The manifest XML with the development base URL replaced (unchanged when baseUrl is null). */
function rewriteManifestBaseUrl(xml, baseUrl) {
  if (!baseUrl) return xml;
  // AppDomain holds the origin without a trailing slash.
  const origin = new URL(baseUrl).origin;
  return xml.split(DEV_BASE_URL).join(baseUrl).split(DEV_BASE_URL.slice(0, -1)).join(origin);
}

module.exports = { DEV_BASE_URL, productionBaseUrl, rewriteManifestBaseUrl };
