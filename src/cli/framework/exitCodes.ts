/** Exit codes of `pmo-align` (docs/cli.md). */
export const EXIT_OK = 0;
/** Bad input file or value, engine error: one line on stderr. */
export const EXIT_ERROR = 1;
/** Unknown command or option, missing argument. */
export const EXIT_USAGE = 2;
/** A well-formed problem whose constraints cannot all hold (select, allocate). */
export const EXIT_INFEASIBLE = 3;
