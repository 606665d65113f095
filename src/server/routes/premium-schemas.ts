/** JSON schemas of the premium routes; the shapes are the PremiumService port's (src/ai/ports.ts). */

export const COVER_LETTER_TONES = ['formal', 'friendly', 'enthusiastic', 'concise'] as const;
export const COVER_LETTER_LENGTHS = ['short', 'medium', 'long'] as const;

const jobDescription = {
  type: 'string',
  minLength: 1,
  maxLength: 65536,
  pattern: '\\S',
  description: 'Job description text.',
} as const;

const safetyFindings = {
  type: 'array',
  description: 'Raised while preparing the prompt: hidden text removed, injection attempts.',
  items: {
    type: 'object',
    required: ['code', 'snippet'],
    properties: { code: { type: 'string' }, snippet: { type: 'string' } },
  },
} as const;

const provenance = {
  degraded: {
    type: 'boolean',
    description: 'True when the answer comes from the engine alone (no model, breaker open...).',
  },
  degradedReason: { type: 'string' },
  promptVersion: { type: 'string' },
  model: { type: ['string', 'null'] },
  safetyFindings,
} as const;

export const premiumAnalysisSchema = {
  type: 'object',
  required: ['rewrites', 'summary', 'advice', 'degraded', 'promptVersion', 'model'],
  properties: {
    rewrites: {
      type: 'array',
      description:
        'Bullet rewrites that keep every fact. One with `rejected` added facts the resume does ' +
        'not contain: it is returned for transparency and must not be shown as a suggestion.',
      items: {
        type: 'object',
        required: ['original', 'rewrite', 'reason'],
        properties: {
          original: { type: 'string' },
          rewrite: { type: 'string' },
          reason: { type: 'string' },
          rejected: {
            type: 'object',
            required: ['reason', 'facts'],
            properties: {
              reason: { type: 'string' },
              facts: { type: 'array', items: { type: 'string' } },
            },
          },
        },
      },
    },
    summary: { type: ['string', 'null'] },
    advice: {
      type: 'array',
      items: {
        type: 'object',
        required: ['priority', 'text'],
        properties: { priority: { type: 'integer' }, text: { type: 'string' } },
      },
    },
    ...provenance,
  },
} as const;

export const coverLetterSchema = {
  type: 'object',
  required: ['text', 'tone', 'length', 'degraded', 'promptVersion', 'model'],
  properties: {
    text: { type: 'string' },
    tone: { type: 'string', enum: COVER_LETTER_TONES },
    length: { type: 'string', enum: COVER_LETTER_LENGTHS },
    ...provenance,
  },
} as const;

export const premiumJsonBody = {
  type: 'object',
  additionalProperties: false,
  properties: { jobDescription },
} as const;

export const coverLetterJsonBody = {
  type: 'object',
  additionalProperties: false,
  required: ['analysisId', 'jobDescription'],
  properties: {
    analysisId: { type: 'string', maxLength: 64, description: 'Send its X-Owner-Token too.' },
    jobDescription,
    tone: { type: 'string', enum: COVER_LETTER_TONES, description: 'formal by default' },
    length: { type: 'string', enum: COVER_LETTER_LENGTHS, description: 'medium by default' },
  },
} as const;

/** Multipart alternatives, described in OpenAPI (validated by hand in premium.ts). */
export const PREMIUM_FORM_NOTE =
  'Or multipart/form-data with `file` (the resume) and the same fields. When the server does ' +
  'not retain resume text (RETENTION_DAYS=0, the default) the resume must be uploaded again as ' +
  '`file`; it is used for this call only. Without it the answer is 400 FILE_REQUIRED.';
