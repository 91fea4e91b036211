/**
 * One lazily loaded HiGHS WebAssembly runtime per thread (Node process or Web Worker). The task pane's
 * webpack build tells it where highs.wasm is served with `configureHighs({ locateFile })`.
 */
import type { Highs, InitOptions } from "highs";
import { PmoSolverError } from "../errors";

export interface HighsConfiguration {
  /** Maps an Emscripten asset name ("highs.wasm") to its URL or path. */
  readonly locateFile?: (file: string) => string;
  /**
   * highs.wasm already compiled (the page compiles it once and hands the module to each solver worker, so a
   * new worker instantiates in milliseconds instead of compiling 3.5 MB again).
   */
  readonly wasmModule?: InitOptions["wasmModule"];
}

let configuration: HighsConfiguration = {};
let instance: Promise<Highs> | null = null;

/** Sets how the runtime is loaded. Call before the first solve; a later call reloads on next use. */
export function configureHighs(config: HighsConfiguration): void {
  configuration = { ...config };
  instance = null;
}

/** The shared HiGHS runtime, loaded on first use. Rejects with PmoSolverError when it cannot load. */
export function getHighs(): Promise<Highs> {
  if (instance === null) {
    const { locateFile, wasmModule } = configuration;
    instance = import("highs")
      .then((mod) => {
        // CommonJS interop: the loader is the module itself or its default export.
        const loader = (typeof mod === "function" ? mod : mod.default) as typeof mod.default;
        return loader({ ...(locateFile ? { locateFile } : {}), ...(wasmModule ? { wasmModule } : {}) });
      })
      .catch((e: unknown) => {
        instance = null;
        const reason = e instanceof Error ? e.message : String(e);
        throw new PmoSolverError(`The HiGHS solver could not be loaded: ${reason}`);
      });
  }
  return instance;
}
