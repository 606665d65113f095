/** JSON schemas shared by the routes; they drive validation, serialisation and OpenAPI. */

export const problemResponses = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((status) => [status, { $ref: 'Problem#', description: 'Problem details' }]),
  );

/** The engine's report contract (DESIGN.md, "Report contract"); documented, not restated. */
export const reportSchema = {
  type: 'object',
  description:
    'The report contract shared with the CLI (schemaVersion, engineVersion, document, contact, ' +
    'sections, experience, education, skills, score, findings, match). `text` is present only ' +
    'while the resume text is retained.',
  additionalProperties: true,
} as const;

export const analysisIdParams = {
  type: 'object',
  properties: { id: { type: 'string', maxLength: 64 } },
  required: ['id'],
} as const;

export const ownerTokenHeaders = {
  type: 'object',
  properties: {
    'x-owner-token': { type: 'string', maxLength: 128, description: 'Returned when created.' },
  },
} as const;

const binary = { type: 'string', format: 'binary' } as const;

export const analysisForm = {
  type: 'object',
  required: ['file'],
  properties: {
    file: { ...binary, description: 'The resume: PDF, DOCX, DOC, TXT or Markdown, up to 10 MiB.' },
    jobDescription: { type: 'string', maxLength: 65536, description: 'Job description text.' },
    jobDescriptionFile: { ...binary, description: 'Or the job description as a file.' },
    dismiss: {
      type: 'string',
      description: 'Finding codes to leave out of the score, comma-separated.',
    },
  },
} as const;

export const matchForm = {
  type: 'object',
  required: ['file', 'jobDescription'],
  properties: {
    file: { ...binary, description: 'The resume.' },
    jobDescription: {
      type: 'array',
      maxItems: 25,
      items: { type: 'string', maxLength: 65536 },
      description: 'One field per job description (text or HTML).',
    },
    jobId: { type: 'array', items: { type: 'string' }, description: 'Optional ids, same order.' },
  },
} as const;
