/**
 * The functions.json Excel reads: generated here from src/functions exactly as the build does
 * (custom-functions-metadata, the library behind webpack's CustomFunctionsMetadataPlugin), then checked
 * id by id: parameters (names, optional flags, dimensionality) and result dimensionality.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

interface Parameter {
  name: string;
  description?: string;
  dimensionality?: "matrix";
  optional?: boolean;
  type?: string;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: Parameter[];
  result: { dimensionality?: "matrix"; type?: string };
  options?: { stream?: boolean; cancelable?: boolean; volatile?: boolean };
}

const functionsDir = path.resolve(__dirname, "..", "..", "src", "functions");
const inputs = readdirSync(functionsDir)
  .filter((f) => f.endsWith(".ts") && /@customfunction\b/i.test(readFileSync(path.join(functionsDir, f), "utf8")))
  .map((f) => path.join(functionsDir, f));

/** Expected shape: parameter name → "m" (matrix) or "s" (scalar), "?" when optional; result "m" or "s". */
const EXPECTED: Record<string, { params: string[]; result: "m" | "s" }> = {
  ALIGNMENT: { params: ["impacts:m", "weights:m", "scale:m?"], result: "m" },
  CONTRIBUTION: { params: ["impacts:m", "weights:m", "scale:m?"], result: "m" },
  WEIGHTS: { params: ["pairwise:m", "method:s?"], result: "m" },
  CONSISTENCY: { params: ["pairwise:m"], result: "s" },
  GROUPWEIGHTS: { params: ["matrices:m", "stakeholderWeights:m?", "method:s?"], result: "m" },
  CONSENSUS: { params: ["matrices:m", "stakeholderWeights:m?"], result: "s" },
  RANK: { params: ["scores:m"], result: "m" },
  WSJF: { params: ["costOfDelay:m", "jobSize:m"], result: "m" },
  EVM: { params: ["bac:m", "pv:m", "ev:m", "ac:m"], result: "m" },
  SELECT: { params: ["values:m", "costs:m", "limits:m", "forced:m?", "dependencies:m?"], result: "m" },
  FRONTIER: { params: ["values:m", "costs:m", "budgets:m"], result: "m" },
  LOAD: { params: ["demand:m", "starts:m", "months:m"], result: "m" },
  ALLOCATE: { params: ["projects:m", "demand:m", "capacity:m", "maxShift:s?"], result: "m" },
  RAG: { params: ["cpi:m", "spi:m", "thresholds:m?"], result: "m" },
  SENSITIVITY: { params: ["impacts:m", "weights:m", "k:s?"], result: "m" },
  TOPK: { params: ["impacts:m", "weights:m", "k:s", "draws:s?", "seed:s?"], result: "m" },
};

describe("functions.json generated from src/functions", () => {
  let functions: FunctionMetadata[];
  let associations: { id: string; functionName: string }[];

  beforeAll(async () => {
    const generated = await generateCustomFunctionsMetadata(inputs, false);
    expect(generated.errors).toEqual([]);
    functions = (JSON.parse(generated.metadataJson) as { functions: FunctionMetadata[] }).functions;
    associations = generated.associate;
  });

  it("lists exactly the documented ids, each registered once", () => {
    expect(functions.map((f) => f.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(associations.map((a) => a.id).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))("%s has the documented parameters and result shape", (id, expected) => {
    const f = functions.find((x) => x.id === id)!;
    expect(f.name).toBe(id);
    const shape = f.parameters.map((p) => `${p.name}:${p.dimensionality === "matrix" ? "m" : "s"}${p.optional ? "?" : ""}`);
    expect(shape).toEqual(expected.params);
    expect(f.result.dimensionality === "matrix" ? "m" : "s").toBe(expected.result);
  });

  it("describes every function and every parameter", () => {
    for (const f of functions) {
      expect(f.description.length).toBeGreaterThan(20);
      for (const p of f.parameters) expect({ id: f.id, parameter: p.name, described: (p.description ?? "").length > 10 }).toEqual({ id: f.id, parameter: p.name, described: true });
    }
  });

  it("lets Excel cancel the optimisations", () => {
    const cancelable = functions.filter((f) => f.options?.cancelable).map((f) => f.id);
    expect(cancelable.sort()).toEqual(["ALLOCATE", "FRONTIER", "SELECT"]);
  });

  it("marks optional parameters only after the required ones (Excel's rule)", () => {
    for (const f of functions) {
      const firstOptional = f.parameters.findIndex((p) => p.optional);
      if (firstOptional >= 0) expect(f.parameters.slice(firstOptional).every((p) => p.optional)).toBe(true);
    }
  });
});
