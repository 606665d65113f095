/** Bumped with every change that can alter a report for the same input. */
export const ENGINE_VERSION = '0.1.0';
