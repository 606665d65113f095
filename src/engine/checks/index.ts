/** The registry: every check, sorted by id. One file per check, grouped by category. */
import { contactChecks } from './contact/index.js';
import { contentChecks } from './content/index.js';
import { datesChecks } from './dates/index.js';
import { layoutChecks } from './layout/index.js';
import { lengthChecks } from './length/index.js';
import { parseabilityChecks } from './parseability/index.js';
import { privacyChecks } from './privacy/index.js';
import { sectionsChecks } from './sections/index.js';
import type { Check } from './types.js';

export const CHECKS: readonly Check[] = [
  ...parseabilityChecks,
  ...layoutChecks,
  ...sectionsChecks,
  ...contactChecks,
  ...datesChecks,
  ...contentChecks,
  ...lengthChecks,
  ...privacyChecks,
].sort((a, b) => a.id.localeCompare(b.id));

export { runChecks, skipReason, type CheckRun } from './run-checks.js';
export type * from './types.js';
