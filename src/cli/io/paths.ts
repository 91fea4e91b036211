/** File-system locations the CLI needs, independent of the working directory. */
import * as fs from "fs";
import * as path from "path";

let cachedRoot: string | null = null;

/** The package root (the folder holding pmo-align's package.json), found from this file upwards. */
export function packageRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = __dirname;
  for (;;) {
    const manifest = path.join(dir, "package.json");
    if (fs.existsSync(manifest)) {
      const pkg = JSON.parse(fs.readFileSync(manifest, "utf8")) as { name?: string };
      if (pkg.name === "pmo-align") return (cachedRoot = dir);
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`package.json of pmo-align not found above ${__dirname}`);
    dir = parent;
  }
}

export function packageVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(packageRoot(), "package.json"), "utf8")) as { version: string };
  return pkg.version;
}

/** The bundled sample workbook. */
export function sampleWorkbookPath(): string {
  return path.join(packageRoot(), "assets", "sample-portfolio.xlsx");
}

/** The bundled sample's previous planning cycle, for cycle-over-cycle review. */
export function previousCycleWorkbookPath(): string {
  return path.join(packageRoot(), "assets", "sample-portfolio-previous-cycle.xlsx");
}
