/** Cues that decide a heading's kind where the phrase lists cannot. Data only. */
import type { SectionKind } from '../model/resume.js';

/**
 * Word endings that decide a kind inside German compounds ("Schulausbildung",
 * "IT-Kenntnisse"), which a phrase list cannot enumerate.
 */
export const COMPOUND_SUFFIXES: ReadonlyArray<readonly [string, SectionKind]> = [
  ['projekterfahrung', 'projects'],
  ['erfahrung', 'experience'],
  ['kenntnisse', 'skills'],
  ['ausbildung', 'education'],
  ['projekte', 'projects'],
  ['zertifikate', 'certifications'],
  ['sprachen', 'languages'],
];

/** Cue words that give a typography-only heading a better kind than 'other'. */
export const KIND_CUES: ReadonlyArray<readonly [RegExp, SectionKind]> = [
  [/philosoph|welcome|about|intro|who i am|profil|summary/, 'summary'],
  [/proud|achiev|award|honou?r/, 'awards'],
  [/strength|skill|competenc|stack/, 'skills'],
  [/project/, 'projects'],
  [/publication|paper/, 'publications'],
  [/experience|employment|career/, 'experience'],
];
