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
  /** True when stdout is a terminal that may show colour (never when piped or NO_COLOR is set). */
  readonly color?: boolean;
  /** Progress of long work, rewritten in place; present only when stderr is a terminal. `null` clears it. */
  readonly progress?: (text: string | null) => void;
}

export interface CliCommand {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Full --help text: usage line, arguments, flags, an example. */
  readonly help: string;
  /** Flags that take a value (everything else is boolean). */
  readonly valueFlags?: readonly string[];
  /**
   * Boolean flags the command understands (besides --help and --debug). When given, main.ts rejects
   * any other flag with exit code 2; when absent, unknown boolean flags are passed through.
   */
  readonly booleanFlags?: readonly string[];
  run(args: ParsedArgs, io: CliIO): Promise<number>;
}
