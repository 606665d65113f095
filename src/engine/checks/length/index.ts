import type { Check } from '../types.js';
import { onePage } from './one-page.js';
import { pageCount } from './page-count.js';
import { tooFewWords } from './too-few-words.js';
import { tooManyWords } from './too-many-words.js';

export const lengthChecks: readonly Check[] = [onePage, pageCount, tooFewWords, tooManyWords];
