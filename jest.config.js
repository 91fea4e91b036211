/**
 * Three projects: engine/CLI/functions unit tests in Node, React component tests in jsdom, and
 * end-to-end task pane tests in headless Chromium (test/e2e, need `npm run build` first).
 */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }];

const officeAddinMockStub = {
  // office-addin-mock pulls office-addin-manifest's ESM-only deps, which jest on Node 20 cannot load.
  "^office-addin-manifest$": "<rootDir>/test/stubs/officeAddinManifest.js",
  "\\.(css|png|svg)$": "<rootDir>/test/stubs/asset.js",
};

module.exports = {
  testTimeout: 60000,
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      transform: { "^.+\\.tsx?$": tsJest },
      testMatch: ["<rootDir>/src/**/*.test.ts", "<rootDir>/test/**/*.test.ts", "<rootDir>/scripts/**/*.test.ts", "<rootDir>/bench/**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
      moduleNameMapper: officeAddinMockStub,
    },
    {
      displayName: "dom",
      testEnvironment: "jsdom",
      transform: { "^.+\\.tsx?$": tsJest },
      testMatch: ["<rootDir>/src/**/*.test.tsx"],
      moduleNameMapper: officeAddinMockStub,
    },
    {
      displayName: "e2e",
      testEnvironment: "node",
      transform: { "^.+\\.tsx?$": tsJest },
      testMatch: ["<rootDir>/test/e2e/**/*.test.ts"],
    },
  ],
};
