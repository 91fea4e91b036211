/**
 * ESLint flat config: typescript-eslint for all TypeScript, eslint-plugin-office-addins' Office.js rules for
 * src/excel (the only code that talks to Excel), and the architecture's import boundaries:
 *   src/engine ← src/sheets ← src/workflow ← src/functions, src/excel, src/cli, src/taskpane, src/worker (arrows one way).
 * Formatting is not enforced here.
 */
const { builtinModules } = require("module");
const js = require("@eslint/js");
const globals = require("globals");
const tseslint = require("typescript-eslint");
const officeAddins = require("eslint-plugin-office-addins");
const react = require("eslint-plugin-react");

const NODE_BUILTINS = builtinModules.filter((m) => !m.startsWith("_"));

/** Relative imports that climb into one of `dirs` (src/<dir>/...), e.g. "../excel/a1", "../../taskpane". */
const intoSrcDir = (dirs, message) => ({ regex: `^(\\.\\./)+(${dirs.join("|")})(/|$)`, message });

/** The workflow layer is entered through its public index only (src/workflow/index.ts). */
/** Outside src/engine, each engine feature is entered through its index (engine/<feature>) or is one file (engine/errors). */
const ENGINE_ENTRY = { regex: "^(\\.\\./)+engine/[^/]+/", message: "Import an engine feature through its public index: '.../engine/<feature>'." };

const WORKFLOW_ENTRY = { regex: "^(\\.\\./)+workflow/", message: "Import the workflow layer through its public index: '.../workflow'." };

const OFFICE_AND_UI = [
  { regex: "^(react|react-dom)(/|$)", message: "UI code lives in src/taskpane." },
  { regex: "^@fluentui/", message: "UI code lives in src/taskpane." },
  { regex: "^office-addin-", message: "Office code lives in src/excel." },
];

const PURE_LAYER = [
  ...OFFICE_AND_UI,
  { regex: "^(exceljs|pdfkit|svg-to-pdfkit|highs-native)(/|$)", message: "File formats belong to src/cli (the engine returns data)." },
  { regex: "^node:", message: "The engine and sheet layouts are pure TypeScript: no Node built-ins." },
];
const NODE_PATHS = NODE_BUILTINS.map((name) => ({ name, message: "The engine and sheet layouts are pure TypeScript: no Node built-ins." }));

const EXCEL_RUN = {
  selector: "CallExpression[callee.object.name='Excel'][callee.property.name='run']",
  message: "Only src/excel calls Excel.run; go through its gateway.",
};

module.exports = tseslint.config(
  {
    ignores: ["dist/**", "node_modules/**", "coverage/**", "out/**", "test-results/**", "bench/results/**", "**/*.d.ts"],
  },
  js.configs.recommended,
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module", globals: { ...globals.node } },
  },
  {
    // Runs inside the browser page in place of office.js.
    files: ["test/e2e/host/**/*.js"],
    languageOptions: { sourceType: "script", globals: { ...globals.browser } },
  },
  ...tseslint.configs.recommended.map((config) => ({ ...config, files: ["**/*.ts", "**/*.tsx"] })),
  {
    files: ["**/*.ts", "**/*.tsx"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "no-restricted-syntax": ["error", EXCEL_RUN],
    },
  },
  {
    files: ["src/**/*.tsx"],
    ...react.configs.flat.recommended,
    ...react.configs.flat["jsx-runtime"],
    plugins: { react },
    settings: { react: { version: "19" } },
    rules: {
      ...react.configs.flat.recommended.rules,
      ...react.configs.flat["jsx-runtime"].rules,
      "react/prop-types": "off", // TypeScript checks props
    },
  },
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    plugins: { "office-addins": officeAddins },
    rules: { "office-addins/no-office-initialize": "error" },
  },
  {
    files: ["src/excel/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
      "no-restricted-syntax": "off", // the one place that may call Excel.run
      "no-restricted-imports": [
        "error",
        { patterns: [ENGINE_ENTRY, WORKFLOW_ENTRY, intoSrcDir(["taskpane", "cli", "functions", "worker"], "src/excel serves the task pane; it imports src/engine and src/sheets only (no cycle back).")] },
      ],
    },
  },
  {
    files: ["src/engine/**/*.ts"],
    ignores: ["src/engine/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: NODE_PATHS,
          patterns: [...PURE_LAYER, intoSrcDir(["sheets", "workflow", "excel", "taskpane", "functions", "cli", "worker"], "src/engine imports nothing from the other src folders.")],
        },
      ],
    },
  },
  {
    files: ["src/sheets/**/*.ts"],
    ignores: ["src/sheets/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: NODE_PATHS,
          patterns: [...PURE_LAYER, ENGINE_ENTRY, intoSrcDir(["workflow", "excel", "taskpane", "functions", "cli", "worker"], "src/sheets imports only src/engine.")],
        },
      ],
    },
  },
  {
    files: ["src/cli/**/*.ts", "src/taskpane/**/*.ts", "src/taskpane/**/*.tsx", "src/worker/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [ENGINE_ENTRY, WORKFLOW_ENTRY] }] },
  },
  {
    // The workflow layer: Portfolio + user choices → engine problems → sheet inputs; pure like the engine.
    files: ["src/workflow/**/*.ts"],
    ignores: ["src/workflow/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: NODE_PATHS,
          patterns: [...PURE_LAYER, ENGINE_ENTRY, intoSrcDir(["excel", "taskpane", "functions", "cli", "worker"], "src/workflow imports only src/engine and src/sheets.")],
        },
      ],
    },
  },
  {
    files: ["src/functions/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [...OFFICE_AND_UI, ENGINE_ENTRY, WORKFLOW_ENTRY, intoSrcDir(["excel", "taskpane"], "Custom functions never import src/excel or the task pane.")] },
      ],
    },
  },
);
