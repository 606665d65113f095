/**
 * Headings an ATS will not map to a standard section: misspelled ("Experiance"), creative
 * ("My Journey", "Toolbox"), or known to us only from cue words ("Most Proud Of", "Strengths").
 * ATS match headings against fixed lists; content under an unknown heading is often dropped into
 * "other" or lost. Dictionary phrases in eight languages count as standard.
 */
import { matchHeading, normalizeHeading } from '../../parse/heading-match.js';
import { evidenceAt } from '../line-evidence.js';
import type { Check, FindingDraft } from '../types.js';
import type { SectionKind } from '../../model/resume.js';
import { nearestStandardHeading } from './heading-distance.js';
import { standardHeading } from './standard-headings.js';

/** Creative headings people use for standard sections (English; other languages use the dictionary). */
const CREATIVE = new Map<string, Exclude<SectionKind, 'other'>>([
  ['my journey', 'experience'],
  ['journey', 'experience'],
  ['my story', 'summary'],
  ['where i ve worked', 'experience'],
  ['where i have worked', 'experience'],
  ['what i ve done', 'experience'],
  ['track record', 'experience'],
  ['career path', 'experience'],
  ['my career', 'experience'],
  ['adventures', 'experience'],
  ['toolbox', 'skills'],
  ['toolkit', 'skills'],
  ['my toolbox', 'skills'],
  ['what i know', 'skills'],
  ['superpowers', 'skills'],
  ['my superpowers', 'skills'],
  ['things i ve built', 'projects'],
  ['stuff i ve built', 'projects'],
  ['what i ve built', 'projects'],
  ['where i studied', 'education'],
  ['schooling', 'education'],
  ['learning', 'education'],
]);

export const nonStandardHeadings: Check = {
  id: 'sections.non-standard-headings',
  category: 'sections',
  severity: 'warning',
  weight: 5,
  appliesTo: {},
  codes: ['sections.misspelled-heading', 'sections.creative-heading'],
  run({ resume, layout, language }) {
    const findings: FindingDraft[] = [];
    for (const section of resume.sections) {
      if (section.headingLine < 0) continue;
      const match = matchHeading(section.heading);
      if (match?.exact) continue;
      const key = normalizeHeading(section.heading);
      const evidence = evidenceAt(layout, section.headingLine);
      const creative = CREATIVE.get(key);
      const near = section.kind === 'other' && !creative ? nearestStandardHeading(key) : null;
      if (near && near.kind !== 'other') {
        const suggestion = standardHeading(near.kind, language);
        findings.push({
          code: 'sections.misspelled-heading',
          params: { heading: section.heading, suggestion, kind: near.kind },
          evidence,
        });
        continue;
      }
      // Kind from cue words only: we guessed it, an ATS matching exact lists will not.
      const guessed = section.kind !== 'other' && match === null;
      const kind = creative ?? (guessed ? section.kind : null);
      if (kind && kind !== 'other') {
        findings.push({
          code: 'sections.creative-heading',
          params: { heading: section.heading, suggestion: standardHeading(kind, language), kind },
          evidence,
        });
      }
    }
    return findings;
  },
};
