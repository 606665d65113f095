/** The cover-letter form (react-hook-form + zod): a job description, a tone and a length. */
import { useMutation } from '@tanstack/react-query';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { requestCoverLetter } from '../api/client.js';
import { COVER_LETTER_LENGTHS, COVER_LETTER_TONES } from '../api/types.js';
import { MAX_JOB_CHARS } from '../match/job-form-schema.js';
import { useAnnounce } from '../ui/announcer.js';
import { ProblemAlert } from '../ui/problem-alert.js';
import { zodResolver } from '../ui/zod-resolver.js';
import { DegradedNote } from './degraded-note.js';

const schema = z.object({
  jobDescription: z
    .string()
    .trim()
    .min(30, 'Paste the job description (at least a few sentences).')
    .max(MAX_JOB_CHARS, 'This job description is too long (64 KB at most).'),
  tone: z.enum(COVER_LETTER_TONES),
  length: z.enum(COVER_LETTER_LENGTHS),
});
type CoverLetterValues = z.infer<typeof schema>;

export function CoverLetterForm({ file }: { file: File }) {
  const id = useId();
  const announce = useAnnounce();
  const form = useForm<CoverLetterValues>({
    resolver: zodResolver(schema),
    defaultValues: { jobDescription: '', tone: 'formal', length: 'medium' },
  });
  const letter = useMutation({
    mutationFn: (values: CoverLetterValues) => requestCoverLetter({ file, ...values }),
    onSuccess: () => announce('Cover letter ready.'),
  });
  const error = form.formState.errors.jobDescription?.message;
  return (
    <form
      className="cover-letter"
      onSubmit={form.handleSubmit((values) => letter.mutate(values))}
      noValidate
      data-testid="cover-letter-form"
    >
      <h3>Cover letter</h3>
      <label htmlFor={`${id}-jd`}>Job description</label>
      <textarea
        id={`${id}-jd`}
        rows={5}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-jd-error` : undefined}
        {...form.register('jobDescription')}
      />
      {error ? (
        <p id={`${id}-jd-error`} className="field-error">
          {error}
        </p>
      ) : null}
      <div className="inline-fields">
        <label htmlFor={`${id}-tone`}>Tone</label>
        <select id={`${id}-tone`} {...form.register('tone')}>
          {COVER_LETTER_TONES.map((tone) => (
            <option key={tone}>{tone}</option>
          ))}
        </select>
        <label htmlFor={`${id}-length`}>Length</label>
        <select id={`${id}-length`} {...form.register('length')}>
          {COVER_LETTER_LENGTHS.map((length) => (
            <option key={length}>{length}</option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="button primary"
        disabled={letter.isPending}
        data-testid="request-cover-letter"
      >
        {letter.isPending ? 'Writing…' : 'Write cover letter'}
      </button>
      {letter.isError ? <ProblemAlert error={letter.error} testId="cover-letter-error" /> : null}
      {letter.data ? (
        <div data-testid="cover-letter">
          <DegradedNote
            degraded={letter.data.degraded}
            {...(letter.data.degradedReason ? { reason: letter.data.degradedReason } : {})}
          />
          <div className="letter">{letter.data.text}</div>
        </div>
      ) : null}
    </form>
  );
}
