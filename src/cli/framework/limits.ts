/**
 * The largest values the CLI accepts for options that set how much work a run does. Beyond these a run takes
 * minutes to hours and gains nothing, so the request is refused with the limit in the message.
 */

/** Monte Carlo top-k draws: at 1,000,000 each probability's standard error is below 0.0005. */
export const MAX_DRAWS = 1_000_000;

/** Core-index draws, each a full selection solve: 10,000 gives a standard error below 0.005. */
export const MAX_CORE_DRAWS = 10_000;

/** Solver time limit in seconds: one day. */
export const MAX_TIME_LIMIT_SECONDS = 86_400;

/** Efficient-frontier budget levels, each a solve: far more than a chart can show. */
export const MAX_FRONTIER_LEVELS = 1_000;
