/** Registry of sub-commands; each owner adds its import and entry here. */
import type { CliCommand } from "../command";
import { weightsCommand } from "./weights";

export const commands: readonly CliCommand[] = [weightsCommand];
