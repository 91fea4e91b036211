import { commands } from "../../src/cli/commands";
import type { CliCommand } from "../../src/cli/framework/command";
import { main } from "../../src/cli/main";
import { run } from "./helpers";

describe("pmo-align main", () => {
  it("lists every command in --help and exits 0", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(0);
    for (const c of commands) expect(r.stdout).toContain(c.name);
    expect((await run([])).stdout).toContain("Usage: pmo-align <command>");
  });

  it("prints each command's help with its usage line", async () => {
    for (const c of commands) {
      const r = await run([c.name, "--help"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`pmo-align ${c.name}`);
      expect((await run(["help", c.name])).stdout).toBe(r.stdout);
    }
  });

  it("prints the package version", async () => {
    const r = await run(["--version"]);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("rejects an unknown command or option with one line and exit 2", async () => {
    const r = await run(["shuffle"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("pmo-align: unknown command 'shuffle'. Run 'pmo-align --help' for usage.");
    const f = await run(["weights", "x.json", "--fast"]);
    expect(f.code).toBe(2);
    expect(f.stderr).toBe("pmo-align: unknown option '--fast' for 'weights'. Run 'pmo-align weights --help' for usage.");
    expect((await run(["select"])).code).toBe(2);
    expect((await run(["select", "--time-limit"])).stderr).toContain("'--time-limit' needs a value");
    expect((await run(["select", "a.json", "--time-limit", "-3"])).code).toBe(2);
  });

  it("reports unexpected errors in one line with a --debug hint, and the stack with --debug", async () => {
    const boom: CliCommand = {
      name: "boom",
      summary: "test",
      help: "Usage: pmo-align boom",
      run: async () => {
        throw new TypeError("cannot read x of undefined");
      },
    };
    const registry = commands as CliCommand[];
    registry.push(boom);
    try {
      const err: string[] = [];
      const io = { out: () => undefined, err: (l: string) => err.push(l), cwd: process.cwd() };
      expect(await main(["boom"], io)).toBe(1);
      expect(err).toEqual(["pmo-align boom: unexpected error: cannot read x of undefined (run with --debug for the stack)"]);
      err.length = 0;
      expect(await main(["boom", "--debug"], io)).toBe(1);
      expect(err[1]).toContain("TypeError: cannot read x of undefined");
    } finally {
      registry.pop();
    }
  });
});
