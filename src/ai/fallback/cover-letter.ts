/**
 * The fallback cover letter: a well-formed letter (greeting, body, closing, signature) filled
 * from the resume and the match in the chosen tone; longer letters add a resume highlight and
 * the previous role. Paragraphs whose facts are missing are left out, never filled with blanks.
 */
import { isQuantified } from '../../engine/checks/content/quantified-results.js';
import { weakOpener } from '../../engine/checks/content/weak-openers.js';
import type { CoverLetter, CoverLetterLength, CoverLetterTone, PremiumInput } from '../ports.js';
import type { DegradedReason } from '../premium/degraded-reason.js';
import type { SafetyFinding } from '../guards/safety-finding.js';
import { TONE_PHRASES } from './letter-phrases.js';
import { type ResumeFacts, describeRole, joinList, readResumeFacts } from './resume-facts.js';

function highlight(facts: ResumeFacts): string | null {
  // A quantified bullet without a duty opener shows a result; otherwise none is quoted.
  const bullet = facts.latest?.bullets.find((b) => isQuantified(b) && !weakOpener(b));
  const text = bullet?.trim().replace(/[.;]+$/, '');
  return text ? `One result from that role: “${text}.”` : null;
}

function bodyParagraphs(
  facts: ResumeFacts,
  tone: CoverLetterTone,
  length: CoverLetterLength,
): string[] {
  const phrases = TONE_PHRASES[tone];
  const role = facts.jobTitle ? `the ${facts.jobTitle} position` : 'this position';
  const experience = facts.latest ? phrases.experience(describeRole(facts.latest)) : null;
  const withHighlight =
    experience && length !== 'short'
      ? [experience, highlight(facts)].filter(Boolean).join(' ')
      : experience;
  const strengths =
    facts.strengths.length > 0 ? phrases.strengths(joinList(facts.strengths)) : null;
  const previous = facts.previous
    ? `Before that, I worked as ${describeRole(facts.previous)}.`
    : null;
  const middle =
    length === 'short'
      ? [[experience, strengths].filter(Boolean).join(' ')]
      : length === 'medium'
        ? [withHighlight, strengths]
        : [withHighlight, strengths, previous];
  return [phrases.opening(role), ...middle, phrases.closingParagraph].filter(
    (p): p is string => typeof p === 'string' && p.trim() !== '',
  );
}

export function fallbackCoverLetter(
  input: PremiumInput,
  options: {
    tone: CoverLetterTone;
    length: CoverLetterLength;
    reason: DegradedReason;
    promptVersion: string;
    safetyFindings: SafetyFinding[];
  },
): CoverLetter {
  const facts = readResumeFacts(input);
  const phrases = TONE_PHRASES[options.tone];
  const body = bodyParagraphs(facts, options.tone, options.length);
  const signature = facts.name ? `${phrases.closing}\n${facts.name}` : phrases.closing;
  return {
    text: [phrases.greeting, ...body, signature].join('\n\n'),
    tone: options.tone,
    length: options.length,
    degraded: true,
    degradedReason: options.reason,
    promptVersion: options.promptVersion,
    model: null,
    safetyFindings: options.safetyFindings,
  };
}
