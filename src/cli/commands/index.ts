/** Registry of sub-commands; each owner adds its import and entry here. */
import type { CliCommand } from "../framework/command";
import { allocateCommand } from "./allocate";
import { demoCommand } from "./demo";
import { reviewCommand } from "./review";
import { robustnessCommand } from "./robustness";
import { scoreCommand } from "./score";
import { frontierCommand, selectCommand } from "./select";
import { reportCommand, statusCommand } from "./status";
import { weightsCommand } from "./weights";

export const commands: readonly CliCommand[] = [demoCommand, scoreCommand, weightsCommand, selectCommand, frontierCommand, allocateCommand, statusCommand, reportCommand, robustnessCommand, reviewCommand];
