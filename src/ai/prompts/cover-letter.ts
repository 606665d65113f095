/**
 * Cover letter prompt: a letter for one job from the resume and the match, in a chosen tone and
 * length. Paragraphs come back separately so the guard can drop a fabricated sentence without
 * breaking the letter's shape.
 */
import { z } from 'zod';
import { DATA_FENCE_RULE, fence } from '../guards/fence.js';
import { outputJsonSchema, type PromptTemplate } from './template.js';

export const COVER_LETTER_TONES = ['formal', 'friendly', 'enthusiastic', 'concise'] as const;
export const COVER_LETTER_LENGTHS = ['short', 'medium', 'long'] as const;

/** Target body length in words; "concise" tone halves nothing, it only changes the voice. */
export const LENGTH_WORDS: Readonly<Record<(typeof COVER_LETTER_LENGTHS)[number], number>> = {
  short: 150,
  medium: 250,
  long: 400,
};

const variables = z.object({
  resumeText: z.string().min(1),
  jobDescription: z.string().min(1),
  candidateName: z.string().nullable(),
  jobTitle: z.string().nullable(),
  matchedTerms: z.array(z.string()),
  missingTerms: z.array(z.string()),
  tone: z.enum(COVER_LETTER_TONES),
  length: z.enum(COVER_LETTER_LENGTHS),
});

const output = z.object({
  greeting: z.string().min(1),
  paragraphs: z.array(z.string().min(1)).min(1),
  closing: z.string().min(1),
});

export type CoverLetterVariables = z.infer<typeof variables>;
export type CoverLetterOutput = z.infer<typeof output>;

const TONE_GUIDE: Readonly<Record<CoverLetterVariables['tone'], string>> = {
  formal: 'formal and courteous, no contractions',
  friendly: 'warm and conversational, still professional',
  enthusiastic: 'energetic and positive, showing genuine interest in the role',
  concise: 'direct and brief, one idea per paragraph',
};

function render(vars: CoverLetterVariables) {
  const system = [
    'You write cover letters that only state facts found in the resume.',
    DATA_FENCE_RULE,
    'Never add an employer, job title, date, number, tool or skill the resume does not state. Do not ' +
      'claim the job terms the resume does not show; you may say the candidate is keen to learn them.',
    `Tone: ${TONE_GUIDE[vars.tone]}. Length: about ${LENGTH_WORDS[vars.length]} words in the paragraphs.`,
    'Return the greeting line, the body paragraphs and the closing line (e.g. "Sincerely,") separately. ' +
      'Do not include the signature name; it is added for you. Answer with JSON only.',
  ].join('\n\n');
  const user = [
    fence('resume', vars.resumeText),
    fence('job_description', vars.jobDescription),
    `Candidate name: ${vars.candidateName ?? '(unknown)'}`,
    `Job title: ${vars.jobTitle ?? '(not stated)'}`,
    `Job terms the resume shows: ${vars.matchedTerms.join(', ') || '(none)'}`,
    `Job terms the resume does not show: ${vars.missingTerms.join(', ') || '(none)'}`,
  ].join('\n\n');
  return [
    { role: 'system' as const, content: system },
    { role: 'user' as const, content: user },
  ];
}

export const coverLetterPrompt: PromptTemplate<CoverLetterVariables, CoverLetterOutput> = {
  id: 'cover-letter',
  version: '1',
  variables,
  output,
  jsonSchema: outputJsonSchema(output),
  render,
};
