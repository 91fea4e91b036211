/** Registry of sub-commands; each owner adds its import and entry here. */
import type { CliCommand } from "../command";
import { allocateCommand } from "./allocate";
import { frontierCommand, selectCommand } from "./select";
import { weightsCommand } from "./weights";

export const commands: readonly CliCommand[] = [weightsCommand, selectCommand, frontierCommand, allocateCommand];
