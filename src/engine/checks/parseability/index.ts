import type { Check } from '../types.js';
import { docxActiveContent } from './docx-active-content.js';
import { encrypted } from './encrypted.js';
import { formFields } from './form-fields.js';
import { garbledText } from './garbled-text.js';
import { largeFile } from './large-file.js';
import { letterSpacedText } from './letter-spaced-text.js';
import { ligatures } from './ligatures.js';
import { noTextLayer } from './no-text-layer.js';
import { pagesTruncated } from './pages-truncated.js';
import { partiallyGarbledText } from './partially-garbled-text.js';
import { privateUseGlyphs } from './private-use-glyphs.js';
import { replacementCharacters } from './replacement-characters.js';
import { scannedPages } from './scanned-pages.js';
import { textInImages } from './text-in-images.js';
import { type3Fonts } from './type3-fonts.js';
import { unembeddedFonts } from './unembedded-fonts.js';
import { unusualPageSize } from './unusual-page-size.js';

export const parseabilityChecks: readonly Check[] = [
  docxActiveContent,
  encrypted,
  formFields,
  garbledText,
  largeFile,
  letterSpacedText,
  ligatures,
  noTextLayer,
  pagesTruncated,
  partiallyGarbledText,
  privateUseGlyphs,
  replacementCharacters,
  scannedPages,
  textInImages,
  type3Fonts,
  unembeddedFonts,
  unusualPageSize,
];
