/** Command-line argument parsing against a command's declared flags. */
import type { CliCommand, ParsedArgs } from "./command";

/** Bad command line (unknown command or flag, missing argument): exit code 2 with a usage hint. */
export class CliUsageError extends Error {
  /** Command whose --help the hint points to, when known. */
  readonly command?: string;
  constructor(message: string, command?: string) {
    super(message);
    this.name = "CliUsageError";
    this.command = command;
  }
}

/** Flags every command accepts. */
export const GLOBAL_FLAGS: readonly string[] = ["help", "debug"];

/**
 * Split argv into positionals and flags. `--flag value` and `--flag=value` for the command's
 * valueFlags; `--flag` (true) and `--no-flag` (false) otherwise; `--` ends flag parsing.
 * Unknown flags are rejected when the command lists its booleanFlags.
 */
export function parseArgs(argv: readonly string[], command: CliCommand): ParsedArgs {
  const valueFlags = new Set(command.valueFlags ?? []);
  const known = command.booleanFlags ? new Set([...command.booleanFlags, ...GLOBAL_FLAGS]) : null;
  const positional: string[] = [];
  const flags: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg === "-h") {
      flags.help = true;
      continue;
    }
    if (!arg.startsWith("--") || arg === "--") {
      if (arg.startsWith("-") && arg.length > 1 && !/^-\d/.test(arg)) {
        throw new CliUsageError(`unknown option '${arg}' for '${command.name}'`, command.name);
      }
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (valueFlags.has(name)) {
      let value: string | undefined;
      if (eq >= 0) value = arg.slice(eq + 1);
      else if (i + 1 < argv.length && !argv[i + 1].startsWith("--")) value = argv[++i];
      if (value === undefined || value === "") {
        throw new CliUsageError(`option '--${name}' needs a value`, command.name);
      }
      flags[name] = value;
      continue;
    }
    const negated = name.startsWith("no-") ? name.slice(3) : null;
    const flagName = negated ?? name;
    if (eq >= 0) throw new CliUsageError(`option '--${flagName}' does not take a value`, command.name);
    if (known && !known.has(flagName)) {
      throw new CliUsageError(`unknown option '--${name}' for '${command.name}'`, command.name);
    }
    flags[flagName] = negated === null;
  }
  return { positional, flags };
}

/** A string flag's value, or undefined. */
export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags[name];
  return typeof v === "string" ? v : undefined;
}

/** A numeric flag, validated; usage error naming the flag when it is not a number in range. */
export function numberFlag(
  args: ParsedArgs,
  name: string,
  command: string,
  opts: { min?: number; integer?: boolean } = {},
): number | undefined {
  const raw = stringFlag(args, name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  const bad =
    !Number.isFinite(n) || (opts.integer && !Number.isInteger(n)) || (opts.min !== undefined && n < opts.min);
  if (bad) {
    const kind = opts.integer ? "a whole number" : "a number";
    const range = opts.min !== undefined ? ` ≥ ${opts.min}` : "";
    throw new CliUsageError(`option '--${name}' expects ${kind}${range}, got '${raw}'`, command);
  }
  return n;
}

/** A flag restricted to a list of words. */
export function choiceFlag<T extends string>(
  args: ParsedArgs,
  name: string,
  command: string,
  choices: readonly T[],
): T | undefined {
  const raw = stringFlag(args, name);
  if (raw === undefined) return undefined;
  if (!(choices as readonly string[]).includes(raw)) {
    throw new CliUsageError(`option '--${name}' expects one of ${choices.join(", ")}; got '${raw}'`, command);
  }
  return raw as T;
}

/** Exactly one positional argument (the input file). */
export function onePositional(args: ParsedArgs, command: string, what: string): string {
  if (args.positional.length === 0) throw new CliUsageError(`'${command}' needs ${what}`, command);
  if (args.positional.length > 1) {
    throw new CliUsageError(`'${command}' takes one ${what}; got ${args.positional.length} arguments`, command);
  }
  return args.positional[0];
}
