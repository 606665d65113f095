import type { Check } from '../types.js';
import { contactInHeaderFooter } from './contact-in-header-footer.js';
import { hiddenText } from './hidden-text.js';
import { iconsForLabels } from './icons-for-labels.js';
import { keywordStuffing } from './keyword-stuffing.js';
import { manyFonts } from './many-fonts.js';
import { multipleColumns } from './multiple-columns.js';
import { narrowMargins } from './narrow-margins.js';
import { nonstandardBullets } from './nonstandard-bullets.js';
import { readingOrderRepaired } from './reading-order-repaired.js';
import { smallText } from './small-text.js';
import { tablesWithEntries } from './tables-with-entries.js';
import { textBoxes } from './text-boxes.js';

export const layoutChecks: readonly Check[] = [
  contactInHeaderFooter,
  hiddenText,
  iconsForLabels,
  keywordStuffing,
  manyFonts,
  multipleColumns,
  narrowMargins,
  nonstandardBullets,
  readingOrderRepaired,
  smallText,
  tablesWithEntries,
  textBoxes,
];
