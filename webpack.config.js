/**
 * Builds the add-in into dist/: taskpane.html (one shared runtime page that loads office.js, the task pane
 * and the PMO.* custom functions), functions.json (generated from the functions' JSDoc), the solver Web
 * Worker, highs.wasm, the icons and manifest.xml. A production build rewrites the manifest's
 * https://localhost:3000/ to ADDIN_BASE_URL (docs/deploy.md).
 */
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { productionBaseUrl, rewriteManifestBaseUrl } = require("./scripts/lib/productionManifest");

const DEV_PORT = 3000;
/** Microsoft's CDN copy of Office.js. The e2e tests intercept this exact URL and serve a host double. */
const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

const root = __dirname;
const fromRoot = (...parts) => path.join(root, ...parts);

/** src/functions/*.ts files that declare @customfunction: the metadata plugin's inputs. */
function customFunctionFiles() {
  const dir = fromRoot("src", "functions");
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !f.endsWith(".d.ts"))
    .map((f) => path.join(dir, f))
    .filter((f) => /@customfunction\b/i.test(fs.readFileSync(f, "utf8")))
    .sort();
}

async function devServerHttps() {
  try {
    // Optional dependency: trusted localhost certificates for sideloading. Without it the dev server
    // falls back to a self-signed certificate the browser must be told to accept.
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch (error) {
    const reason = String(error && error.message).split("\n")[0].trim();
    console.warn(`office-addin-dev-certs unavailable (${reason}); serving with a self-signed certificate.`);
    return "https";
  }
}

const INLINE_TASKPANE_TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="X-UA-Compatible" content="IE=Edge" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>PMO Align</title>
    <script type="text/javascript" src="${OFFICE_JS_URL}"></script>
  </head>
  <body>
    <div id="container"></div>
  </body>
</html>
`;

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const baseUrl = dev ? null : productionBaseUrl(process.env.ADDIN_BASE_URL);
  if (!dev && !baseUrl) {
    console.warn("ADDIN_BASE_URL is not set: dist/manifest.xml keeps https://localhost:3000/ (see docs/deploy.md).");
  }

  const functionFiles = customFunctionFiles();
  const has = (file) => fs.existsSync(fromRoot(file));
  // The shared runtime page: one webpack runtime for both chunks, so the task pane and the custom
  // functions share module state (one HiGHS instance, one cache), as Office's shared runtime intends.
  const pageEntry = (file) => ({ import: `./${file}`, runtime: "runtime" });
  const entry = { functions: pageEntry("src/functions/index.ts") };
  if (has("src/taskpane/index.tsx")) entry.taskpane = pageEntry("src/taskpane/index.tsx");
  if (has("src/worker/solver.worker.ts")) {
    // A worker has no document: its lazily loaded chunks (HiGHS) come in via importScripts.
    entry["solver.worker"] = { import: "./src/worker/solver.worker.ts", chunkLoading: "import-scripts" };
  }

  const pageChunks = ["runtime", "functions", "taskpane"].filter((c) => c === "runtime" || entry[c]);
  const taskpaneTemplate = has("src/taskpane/taskpane.html")
    ? { template: "./src/taskpane/taskpane.html" }
    : { templateContent: INLINE_TASKPANE_TEMPLATE };

  return {
    mode: dev ? "development" : "production",
    // Production maps are "hidden": written for symbolicating error reports but not referenced from the
    // scripts, so browsers never fetch them; docs/deploy.md says to keep them out of the hosted folder.
    devtool: dev ? "source-map" : "hidden-source-map",
    entry,
    output: {
      path: fromRoot("dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      publicPath: "auto",
      clean: { keep: /^cli[\\/]/ }, // dist/cli is the CLI's tsc output (npm run build:cli)
      // Write every output on each build, so dist/'s times tell the e2e tests whether it is current.
      compareBeforeEmit: false,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs", ".json"],
      // highs' browser build never takes its Node branches; keep Node built-ins out of the bundle.
      fallback: { fs: false, path: false, crypto: false, module: false, url: false, os: false, stream: false },
    },
    module: {
      rules: [
        {
          // The engine, sheet layouts and workflow layer are pure: importing a feature's index must not pull in the files
          // of the feature that the bundle does not use.
          test: /[\\/]src[\\/](engine|workflow|sheets)[\\/]/,
          sideEffects: false,
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type checking is `npm run typecheck`; the bundle only needs transpiling. ES modules let
              // webpack split import("highs") into its own chunk and resolve `new URL(..., import.meta.url)`.
              transpileOnly: true,
              compilerOptions: { module: "esnext", sourceMap: true },
            },
          },
        },
        {
          // highs.mjs asks for new URL("highs.wasm", import.meta.url): point that at the copy in dist/.
          test: /\.wasm$/,
          include: /node_modules[\\/]highs[\\/]/,
          type: "asset/resource",
          generator: { filename: "highs.wasm", emit: false },
        },
        {
          test: /\.(png|svg|jpg|gif|woff2?)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext]" },
        },
      ],
    },
    plugins: [
      new webpack.IgnorePlugin({ resourceRegExp: /^node:/ }),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionFiles }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        ...taskpaneTemplate,
        chunks: pageChunks,
        chunksSortMode: "manual",
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/*.xlsx", to: "assets/[name][ext]", noErrorOnMissing: true },
          { from: "assets/help.html", to: "help.html", noErrorOnMissing: true },
          { from: "node_modules/highs/build/highs.wasm", to: "highs.wasm" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteManifestBaseUrl(content.toString("utf8"), baseUrl),
          },
        ],
      }),
    ],
    performance: {
      // highs.wasm (3.4 MB) is loaded once, lazily, for optimisation only; judge the scripts.
      assetFilter: (file) => file.endsWith(".js"),
      maxAssetSize: 3_000_000,
      maxEntrypointSize: 3_000_000,
    },
    devServer: {
      port: DEV_PORT,
      server: serving ? await devServerHttps() : "https",
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: false,
      devMiddleware: { mimeTypes: { wasm: "application/wasm" }, writeToDisk: false },
      client: { overlay: { errors: true, warnings: false } },
    },
  };
};
