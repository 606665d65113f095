/** The job-description form: one to 25 postings (the API's limit), each with some text. */
import { z } from 'zod';

export const MAX_JOBS = 25;
export const MAX_JOB_CHARS = 65_536;

export const jobFormSchema = z.object({
  jobs: z
    .array(
      z.object({
        text: z
          .string()
          .trim()
          .min(30, 'Paste the job description (at least a few sentences).')
          .max(MAX_JOB_CHARS, 'This job description is too long (64 KB at most).'),
      }),
    )
    .min(1)
    .max(MAX_JOBS, `At most ${MAX_JOBS} job descriptions at once.`),
});

export type JobForm = z.infer<typeof jobFormSchema>;
