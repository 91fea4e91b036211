/**
 * Three projects: engine/CLI/functions unit tests in Node, React component tests in jsdom, and
 * end-to-end task pane tests in headless Chromium (test/e2e; dist/ is rebuilt first when stale).
 */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }];

const assetStub = {
  "\\.(css|png|svg)$": "<rootDir>/test/stubs/asset.js",
};

module.exports = {
  testTimeout: 60000,
  // Under CI a missing cbc, chromium or soffice fails the run; elsewhere the tests needing it are skipped.
  globalSetup: "<rootDir>/test/support/globalSetup.js",
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      transform: { "^.+\\.tsx?$": tsJest },
      testMatch: ["<rootDir>/src/**/*.test.ts", "<rootDir>/test/**/*.test.ts", "<rootDir>/scripts/**/*.test.ts", "<rootDir>/bench/**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
      moduleNameMapper: assetStub,
    },
    {
      displayName: "dom",
      testEnvironment: "jsdom",
      transform: { "^.+\\.tsx?$": tsJest },
      testMatch: ["<rootDir>/src/**/*.test.tsx"],
      moduleNameMapper: assetStub,
    },
    {
      displayName: "e2e",
      testEnvironment: "node",
      transform: { "^.+\\.tsx?$": tsJest },
      testMatch: ["<rootDir>/test/e2e/**/*.test.ts"],
      // Rebuilds dist/ when any build input is newer, so e2e never tests a stale build.
      globalSetup: "<rootDir>/test/e2e/support/freshBuild.js",
    },
  ],
};
