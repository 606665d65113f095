import type { Check } from '../types.js';
import { actionVerbs } from './action-verbs.js';
import { bulletsPerRole } from './bullets-per-role.js';
import { buzzwords } from './buzzwords.js';
import { fillerWords } from './filler-words.js';
import { firstPerson } from './first-person.js';
import { genericSummary } from './generic-summary.js';
import { longBullets } from './long-bullets.js';
import { passiveVoice } from './passive-voice.js';
import { quantifiedResults } from './quantified-results.js';
import { repeatedVerbs } from './repeated-verbs.js';
import { shortBullets } from './short-bullets.js';
import { spelling } from './spelling.js';
import { summaryLength } from './summary-length.js';
import { tenseConsistency } from './tense-consistency.js';
import { weakOpeners } from './weak-openers.js';

export const contentChecks: readonly Check[] = [
  actionVerbs,
  bulletsPerRole,
  buzzwords,
  fillerWords,
  firstPerson,
  genericSummary,
  longBullets,
  passiveVoice,
  quantifiedResults,
  repeatedVerbs,
  shortBullets,
  spelling,
  summaryLength,
  tenseConsistency,
  weakOpeners,
];
