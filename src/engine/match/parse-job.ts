/** Job description text in, `JobDescription` out: parts, facts and weighted terms. */
import type { JobDescription } from '../model/match.js';
import { detectLanguage } from '../parse/language.js';
import { findEducation, findSeniority, findWorkplace, findYearsRequired } from './jd-facts.js';
import { splitJobDescription } from './jd-sections.js';
import { weighJobTerms } from './jd-terms.js';
import { htmlToText, looksLikeHtml } from './html-to-text.js';

export interface ParseJobOptions {
  /** ISO 639-1; detected from the text when absent. */
  language?: string;
}

export function parseJobDescription(input: string, options: ParseJobOptions = {}): JobDescription {
  const text = looksLikeHtml(input) ? htmlToText(input) : input;
  const language = options.language ?? detectLanguage(text);
  const { title, parts, hasStructure } = splitJobDescription(text);
  // Years stated in the company blurb ("founded 20 years ago") are not a requirement.
  const candidateText = parts
    .filter((part) => part.part !== 'other' || part.heading === null)
    .map((part) => part.text)
    .join('\n');
  return {
    title,
    parts,
    terms: weighJobTerms(title, parts, { language, hasStructure }),
    yearsRequired: findYearsRequired(candidateText),
    education: findEducation(
      parts.filter((part) => part.part !== 'other' || part.heading === null),
    ),
    seniority: findSeniority(title),
    ...findWorkplace(text),
    language,
    hasStructure,
  };
}
