/**
 * `pmo-align` entry: finds the sub-command, parses its flags, runs it and maps failures to exit codes
 * (exitCodes.ts): 0 success, 1 bad input or engine error (one line on stderr), 2 usage error; commands
 * return 3 for an infeasible problem.
 */
import { PmoError } from "../engine/errors";
import { CliUsageError, parseArgs } from "./framework/args";
import type { CliCommand, CliIO } from "./framework/command";
import { commands } from "./commands";
import { EXIT_ERROR, EXIT_OK, EXIT_USAGE } from "./framework/exitCodes";
import { terminalProgress } from "./framework/progress";
import { resetInputsRead } from "./io/inputs";
import { packageVersion } from "./io/paths";


/** True once stdout's reader has gone (`pmo-align score … | head -1`): later output is dropped. */
let stdoutClosed = false;

/**
 * A closed pipe is not a failure: the reader has what it wanted. Output stops quietly and the command goes on
 * to write its result files; any other stdout error is still thrown.
 */
function watchStdout(): void {
  if (process.stdout.listenerCount("error") > 0) return;
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    stdoutClosed = true;
  });
}

function processIO(): CliIO {
  watchStdout();
  return {
    out: (line) => {
      if (!stdoutClosed) process.stdout.write(`${line}\n`);
    },
    err: (line) => process.stderr.write(`${line}\n`),
    cwd: process.cwd(),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    ...(process.stderr.isTTY ? { progress: terminalProgress((text) => process.stderr.write(text)) } : {}),
  };
}

export function usage(): string {
  const width = Math.max(...commands.map((c) => c.name.length), 4);
  const list = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    "Usage: pmo-align <command> [arguments] [options]",
    "",
    "Strategic alignment, AHP driver weights, optimal portfolio selection and resource allocation",
    "for PMO workbooks, without Excel.",
    "",
    "Commands:",
    ...list,
    "",
    "Options:",
    "  --help, -h   show help (for a command: pmo-align <command> --help)",
    "  --version    print the version",
    "  --debug      print the stack trace of unexpected errors",
    "",
    "Start with: pmo-align demo",
  ].join("\n");
}

/** Run the CLI with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  resetInputsRead();
  const debug = argv.includes("--debug");
  const first = argv[0];
  if (first === undefined || first === "--help" || first === "-h") {
    io.out(usage());
    return EXIT_OK;
  }
  if (first === "--version" || first === "-v") {
    io.out(packageVersion());
    return EXIT_OK;
  }
  if (first === "help") {
    const target = argv[1] ? findCommand(argv[1]) : undefined;
    if (argv[1] && !target) return usageFailure(io, new CliUsageError(`unknown command '${argv[1]}'`));
    io.out(target ? target.help : usage());
    return EXIT_OK;
  }
  if (first.startsWith("-")) return usageFailure(io, new CliUsageError(`unknown option '${first}'`));
  const command = findCommand(first);
  if (!command) return usageFailure(io, new CliUsageError(`unknown command '${first}'`));

  try {
    const args = parseArgs(argv.slice(1), command);
    if (args.flags.help) {
      io.out(command.help);
      return EXIT_OK;
    }
    return await command.run(args, io);
  } catch (e) {
    io.progress?.(null);
    if (e instanceof CliUsageError) return usageFailure(io, e);
    if (e instanceof PmoError) {
      io.err(`pmo-align ${command.name}: ${oneLine(e.message)}`);
      if (debug && e.stack) io.err(e.stack);
      return EXIT_ERROR;
    }
    const message = e instanceof Error ? e.message : String(e);
    if (debug && e instanceof Error && e.stack) {
      io.err(`pmo-align ${command.name}: unexpected error: ${oneLine(message)}`);
      io.err(e.stack);
    } else {
      io.err(`pmo-align ${command.name}: unexpected error: ${oneLine(message)} (run with --debug for the stack)`);
    }
    return EXIT_ERROR;
  }
}

function findCommand(name: string): CliCommand | undefined {
  return commands.find((c) => c.name === name);
}

function usageFailure(io: CliIO, e: CliUsageError): number {
  const hint = e.command ? `pmo-align ${e.command} --help` : "pmo-align --help";
  io.err(`pmo-align: ${e.message}. Run '${hint}' for usage.`);
  return EXIT_USAGE;
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, " ").trim();
}
