/** Failures of the CLI's own input/output (files), reported like engine errors: one line, exit 1. */
import { PmoError } from "../../engine/errors";

/** A file cannot be read or written, or the output would overwrite the input. */
export class CliFileError extends PmoError {}
