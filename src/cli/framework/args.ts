/** Command-line argument parsing against a command's declared flags (node:util parseArgs underneath). */
import { parseArgs as nodeParseArgs, type ParseArgsConfig } from "node:util";
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
 * Split argv into positionals and flags with node:util's parseArgs. `--flag value` and `--flag=value` for the
 * command's valueFlags; `--flag` (true) and `--no-flag` (false) otherwise; `-h` is --help; `--` ends flag
 * parsing; a negative number such as `-5` is a positional. Unknown flags are rejected when the command lists
 * its booleanFlags. parseArgs runs non-strict so that the messages below (with the usage hint) are ours.
 */
export function parseArgs(argv: readonly string[], command: CliCommand): ParsedArgs {
  const valueFlags = new Set(command.valueFlags ?? []);
  const known = command.booleanFlags ? new Set([...command.booleanFlags, ...GLOBAL_FLAGS]) : null;
  const options: NonNullable<ParseArgsConfig["options"]> = { help: { type: "boolean", short: "h" }, debug: { type: "boolean" } };
  for (const name of command.booleanFlags ?? []) options[name] = { type: "boolean" };
  for (const name of valueFlags) options[name] = { type: "string" };
  const { tokens } = nodeParseArgs({ args: [...argv], options, strict: false, allowPositionals: true, allowNegative: true, tokens: true });

  const positional: string[] = [];
  const flags: Record<string, string | boolean> = {};
  const numbersTaken = new Set<number>();
  for (const token of tokens) {
    if (token.kind === "positional") positional.push(token.value);
    if (token.kind !== "option") continue;
    const raw = argv[token.index]!;
    if (!token.rawName.startsWith("--")) {
      if (token.name === "help") flags.help = true;
      else if (/^-\d/.test(raw)) {
        // "-5", "-1.5": a negative number, which parseArgs splits into short options.
        if (!numbersTaken.has(token.index)) positional.push(raw);
        numbersTaken.add(token.index);
      } else throw new CliUsageError(`unknown option '${raw}' for '${command.name}'`, command.name);
      continue;
    }
    const negated = token.rawName.startsWith("--no-") && token.rawName !== `--${token.name}`;
    if (!negated && valueFlags.has(token.name)) {
      const value = token.value;
      // "--out --json": parseArgs takes the next flag as the value; that is a missing value here.
      if (value === undefined || value === "" || (!token.inlineValue && value.startsWith("--"))) {
        throw new CliUsageError(`option '--${token.name}' needs a value`, command.name);
      }
      flags[token.name] = value;
      continue;
    }
    const flagName = negated ? token.name : token.name.replace(/^no-/, "");
    if (token.inlineValue) throw new CliUsageError(`option '--${flagName}' does not take a value`, command.name);
    if (known && !known.has(flagName)) throw new CliUsageError(`unknown option '${token.rawName}' for '${command.name}'`, command.name);
    flags[flagName] = !negated;
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
  opts: { min?: number; max?: number; integer?: boolean } = {},
): number | undefined {
  const raw = stringFlag(args, name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  const bad =
    !Number.isFinite(n) ||
    (opts.integer && !Number.isInteger(n)) ||
    (opts.min !== undefined && n < opts.min) ||
    (opts.max !== undefined && n > opts.max);
  if (bad) {
    const kind = opts.integer ? "a whole number" : "a number";
    const shown = (x: number) => x.toLocaleString("en-US");
    const range =
      opts.max !== undefined ? ` from ${shown(opts.min ?? -Infinity)} to ${shown(opts.max)}` : opts.min !== undefined ? ` ≥ ${opts.min}` : "";
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
    // "needs a workbook (.xlsx)" but "takes one workbook (.xlsx)".
    throw new CliUsageError(`'${command}' takes one ${what.replace(/^an? /, "")}; got ${args.positional.length} arguments`, command);
  }
  return args.positional[0];
}
