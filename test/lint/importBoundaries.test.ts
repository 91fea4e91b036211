/**
 * The architecture's arrows, as eslint.config.js enforces them: lints small probe sources as if they sat in
 * each folder (lintText with a virtual path; nothing is written).
 */
import path from "node:path";
import { ESLint } from "eslint";

const repoRoot = path.resolve(__dirname, "..", "..");
// ESLint loads eslint.config.js with a dynamic import, which jest's VM cannot do: hand it the config instead.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require(path.join(repoRoot, "eslint.config.js")) as ESLint.Options["overrideConfig"];
const eslint = new ESLint({ cwd: repoRoot, overrideConfigFile: true, overrideConfig: config });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe("import boundaries", () => {
  it("keep src/engine pure: no other src folder, Node built-in, Office or React", async () => {
    const found = await problems(
      "src/engine/probe.ts",
      [
        'import { a } from "../excel/a1";',
        'import { b } from "../../sheets/sheetSpec";',
        'import fs from "fs";',
        'import { join } from "node:path";',
        'import React from "react";',
        'import { c } from "./errors";',
        "export const all = [a, b, fs, join, React, c];",
      ].join("\n"),
    );
    expect(found).toHaveLength(5);
    expect(found.every((m) => m.startsWith("no-restricted-imports"))).toBe(true);
    expect(found.join("\n")).not.toContain("./errors");
  });

  it("let src/sheets import the engine but nothing above it", async () => {
    const found = await problems(
      "src/sheets/probe.ts",
      ['import { a } from "../engine/errors";', 'import { b } from "../taskpane/steps";', "export const all = [a, b];"].join("\n"),
    );
    expect(found).toEqual([expect.stringMatching(/^no-restricted-imports: '..\/taskpane\/steps'/)]);
  });

  it("enter each engine feature through its index from every other src folder", async () => {
    for (const folder of ["sheets", "workflow", "functions", "excel", "cli", "taskpane", "worker"]) {
      const found = await problems(
        `src/${folder}/probe.ts`,
        [
          'import { a } from "../engine/selection/selectPortfolio";',
          'import { b } from "../engine/selection";',
          'import { c } from "../engine/errors";',
          "export const all = [a, b, c];",
        ].join("\n"),
      );
      expect(found).toEqual([expect.stringMatching(/^no-restricted-imports: '..\/engine\/selection\/selectPortfolio'.*public index/)]);
    }
  });

  it("keep src/functions away from src/excel, the task pane and React", async () => {
    const found = await problems(
      "src/functions/probe.ts",
      [
        'import { a } from "../excel/readTables";',
        'import { b } from "../taskpane/steps";',
        'import { useState } from "react";',
        'import { c } from "../engine/alignment";',
        "export const all = [a, b, useState, c];",
      ].join("\n"),
    );
    expect(found).toHaveLength(3);
  });

  it("keep src/workflow pure and below the surfaces; keep the engine and sheets below it", async () => {
    const found = await problems(
      "src/workflow/probe.ts",
      ['import { a } from "../engine/errors";', 'import { b } from "../sheets/sheetSpec";', 'import { c } from "../taskpane/steps";', 'import { d } from "../cli/main";', 'import fs from "fs";', "export const all = [a, b, c, d, fs];"].join("\n"),
    );
    expect(found).toHaveLength(3);
    expect(await problems("src/engine/probe.ts", 'import { a } from "../workflow";\nexport const all = [a];\n')).toHaveLength(1);
    expect(await problems("src/sheets/probe.ts", 'import { a } from "../workflow";\nexport const all = [a];\n')).toHaveLength(1);
  });

  it("let the surfaces enter the workflow layer only through its index", async () => {
    const code = 'import { a } from "../workflow";\nimport { b } from "../workflow/problems";\nexport const all = [a, b];\n';
    for (const dir of ["cli", "taskpane", "functions"]) {
      expect(await problems(`src/${dir}/probe.ts`, code)).toEqual([expect.stringMatching(/^no-restricted-imports: '..\/workflow\/problems'/)]);
    }
  });

  it("keep src/excel from importing the task pane (no gateway cycle)", async () => {
    const found = await problems("src/excel/probe.ts", 'import type { Notice } from "../taskpane/state/PmoContext";\nexport type All = Notice;\n');
    expect(found).toEqual([expect.stringMatching(/^no-restricted-imports: '..\/taskpane\/state\/PmoContext'/)]);
  });

  it("allow Excel.run only in src/excel", async () => {
    const code = "export const run = () => Excel.run(async () => undefined);\n";
    expect(await problems("src/excel/probe.ts", code)).toEqual([]);
    expect(await problems("src/taskpane/probe.ts", code)).toEqual(["no-restricted-syntax: Only src/excel calls Excel.run; go through its gateway."]);
  });

  it("apply the Office.js rules in src/excel", async () => {
    const code = [
      "export async function read(context: Excel.RequestContext) {",
      "  for (const name of ['A', 'B']) {",
      "    const sheet = context.workbook.worksheets.getItem(name);",
      "    sheet.load('name');",
      "    await context.sync();",
      "  }",
      "}",
    ].join("\n");
    expect(await problems("src/excel/probe.ts", code)).toContainEqual(expect.stringMatching(/^office-addins\/no-context-sync-in-loop/));
  });
});
