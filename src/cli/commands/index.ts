/** Registry of sub-commands; each owner adds its import and entry here. */
import type { CliCommand } from "../command";

export const commands: readonly CliCommand[] = [];
