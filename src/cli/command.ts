/**
 * The contract every `pmo-align` sub-command implements. Commands print through `io` (so tests can
 * capture output) and return an exit code; a PmoError thrown from `run` becomes a one-line message
 * on stderr and exit code 1 in main.ts.
 */

export interface ParsedArgs {
  /** Positional arguments after the command name. */
  readonly positional: readonly string[];
  /** --flag value / --flag (true) / --no-flag (false). */
  readonly flags: Readonly<Record<string, string | boolean>>;
}

export interface CliIO {
  out(line: string): void;
  err(line: string): void;
  /** Working directory for relative paths. */
  readonly cwd: string;
}

export interface CliCommand {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Full --help text: usage line, arguments, flags, an example. */
  readonly help: string;
  /** Flags that take a value (everything else is boolean). */
  readonly valueFlags?: readonly string[];
  run(args: ParsedArgs, io: CliIO): Promise<number>;
}
