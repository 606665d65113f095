/**
 * Premium analysis prompt: rewrite the weak bullets without adding facts, write a summary from the
 * resume alone, and prioritise advice for the job. Bullets are numbered so answers map back to
 * the original by id, not by the model copying text exactly.
 */
import { z } from 'zod';
import { DATA_FENCE_RULE, fence } from '../guards/fence.js';
import { outputJsonSchema, type PromptTemplate } from './template.js';

const variables = z.object({
  resumeText: z.string().min(1),
  jobDescription: z.string().nullable(),
  weakBullets: z.array(
    z.object({ id: z.number().int(), text: z.string(), issues: z.array(z.string()) }),
  ),
  missingTerms: z.array(z.string()),
  matchedTerms: z.array(z.string()),
});

// Every field is required (nullable instead of optional): OpenAI strict structured output demands it.
const output = z.object({
  rewrites: z.array(
    z.object({ id: z.number().int(), rewrite: z.string().min(1), reason: z.string().min(1) }),
  ),
  summary: z.string().nullable(),
  advice: z.array(z.object({ priority: z.number().int().min(1).max(5), text: z.string().min(1) })),
});

export type PremiumAnalysisVariables = z.infer<typeof variables>;
export type PremiumAnalysisOutput = z.infer<typeof output>;

const SYSTEM = [
  'You are an expert resume editor. You improve wording; you never invent experience.',
  DATA_FENCE_RULE,
  'Rules for rewrites: keep every fact of the original bullet (numbers, employers, titles, dates, ' +
    'technologies). Never add a number, percentage, amount, date, employer, job title, tool or skill ' +
    'that the resume does not state. Open with a strong past-tense action verb. Where a result is ' +
    'missing, do not guess one: say in "reason" what the person could quantify.',
  'The summary (2-3 sentences) uses only facts in the resume; set it to null if there are too few.',
  'Advice: at most 6 items, priority 1 (most important) to 5, specific to the job description when ' +
    'one is given; suggest adding a missing term only "if you have that experience".',
  'Answer with JSON only, matching the given schema.',
].join('\n\n');

function render(vars: PremiumAnalysisVariables) {
  const bullets = vars.weakBullets.map(
    (b) => `${b.id}. ${b.text} [issues: ${b.issues.join(', ')}]`,
  );
  const user = [
    fence('resume', vars.resumeText),
    vars.jobDescription
      ? fence('job_description', vars.jobDescription)
      : 'No job description given.',
    `Bullets to rewrite (answer with the same ids):\n${fence('bullets', bullets.join('\n') || '(none)')}`,
    `Job terms the resume already shows: ${vars.matchedTerms.join(', ') || '(none)'}`,
    `Job terms the resume does not show: ${vars.missingTerms.join(', ') || '(none)'}`,
  ].join('\n\n');
  return [
    { role: 'system' as const, content: SYSTEM },
    { role: 'user' as const, content: user },
  ];
}

export const premiumAnalysisPrompt: PromptTemplate<
  PremiumAnalysisVariables,
  PremiumAnalysisOutput
> = {
  id: 'premium-analysis',
  version: '1',
  variables,
  output,
  jsonSchema: outputJsonSchema(output),
  render,
};
