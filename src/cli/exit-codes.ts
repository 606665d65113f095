/** Exit codes, as documented in `resume-health --help`. */
export const EXIT_OK = 0;
/** At least one document could not be read. */
export const EXIT_DOCUMENT_FAILED = 1;
/** Unknown command or flag, missing file or directory. */
export const EXIT_USAGE = 2;
/** Every document was read, but at least one scored below `--min-score`. */
export const EXIT_BELOW_MIN_SCORE = 3;
