/**
 * Match the resume to one or more job descriptions (pasted or loaded from a file). Server mode
 * ranks them with POST /api/v1/matches; private mode ranks them with the engine in this browser.
 */
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { rankJobs } from '../api/client.js';
import type { RankedJob } from '../api/types.js';
import type { Session } from '../session.js';
import { useAnnounce } from '../ui/announcer.js';
import { ProblemAlert } from '../ui/problem-alert.js';
import { zodResolver } from '../ui/zod-resolver.js';
import { jobFormSchema, MAX_JOBS, type JobForm } from './job-form-schema.js';
import { JOB_FILE_ACCEPT, readJobFile } from './read-job-file.js';
import { MatchResultView } from './match-result.js';

export function MatchPanel({ session }: { session: Session }) {
  const announce = useAnnounce();
  const [fileError, setFileError] = useState<unknown>(null);
  const form = useForm<JobForm>({
    resolver: zodResolver(jobFormSchema),
    defaultValues: { jobs: [{ text: '' }] },
  });
  const jobs = useFieldArray({ control: form.control, name: 'jobs' });
  const ranking = useMutation({
    mutationFn: async (values: JobForm): Promise<RankedJob[]> => {
      const texts = values.jobs.map((job) => job.text);
      if (session.local) {
        const engine = await import('../engine/private-analysis.js');
        return engine.rankJobsPrivately(session.local, texts, new Date());
      }
      return (await rankJobs(session.file, texts)).jobs;
    },
    onSuccess: (ranked) =>
      announce(
        ranked.length === 1
          ? `Match score ${ranked[0]?.score ?? 0} out of 100.`
          : `${ranked.length} jobs ranked; best match scores ${ranked[0]?.score ?? 0}.`,
      ),
  });

  const loadFile = async (index: number, file: File | undefined) => {
    if (!file) return;
    setFileError(null);
    try {
      form.setValue(`jobs.${index}.text`, await readJobFile(file), { shouldValidate: true });
    } catch (error) {
      setFileError(error);
    }
  };

  return (
    <section className="panel match" aria-labelledby="match-title" data-testid="match-panel">
      <h2 id="match-title">Match to a job</h2>
      <form onSubmit={form.handleSubmit((values) => ranking.mutate(values))} noValidate>
        {jobs.fields.map((field, index) => {
          const error = form.formState.errors.jobs?.[index]?.text?.message;
          const id = `job-${field.id}`;
          return (
            <fieldset key={field.id} className="job-field" data-testid="job-description">
              <legend>Job description {index + 1}</legend>
              <label htmlFor={id}>Paste the job posting</label>
              <textarea
                id={id}
                rows={6}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
                data-testid="job-description-text"
                {...form.register(`jobs.${index}.text`)}
              />
              {error ? (
                <p id={`${id}-error`} className="field-error">
                  {error}
                </p>
              ) : null}
              <div className="button-row">
                <label className="button" htmlFor={`${id}-file`}>
                  Load from a file
                </label>
                <input
                  id={`${id}-file`}
                  type="file"
                  className="visually-hidden-input"
                  accept={JOB_FILE_ACCEPT}
                  data-testid="job-description-file"
                  onChange={(event) => {
                    void loadFile(index, event.target.files?.[0]);
                    event.target.value = '';
                  }}
                />
                {jobs.fields.length > 1 ? (
                  <button type="button" className="button" onClick={() => jobs.remove(index)}>
                    Remove job {index + 1}
                  </button>
                ) : null}
              </div>
            </fieldset>
          );
        })}
        <div className="button-row">
          <button
            type="button"
            className="button"
            disabled={jobs.fields.length >= MAX_JOBS}
            onClick={() => jobs.append({ text: '' })}
            data-testid="add-job"
          >
            Add another job
          </button>
          <button
            type="submit"
            className="button primary"
            disabled={ranking.isPending}
            data-testid="run-match"
          >
            {ranking.isPending ? 'Matching…' : jobs.fields.length > 1 ? 'Rank jobs' : 'Match'}
          </button>
        </div>
      </form>
      {fileError ? <ProblemAlert error={fileError} testId="job-file-error" /> : null}
      {ranking.isError ? <ProblemAlert error={ranking.error} testId="match-error" /> : null}
      {ranking.data ? <RankedJobs jobs={ranking.data} /> : null}
    </section>
  );
}

function RankedJobs({ jobs }: { jobs: RankedJob[] }) {
  if (jobs.length === 1 && jobs[0]) return <MatchResultView result={jobs[0].result} />;
  return (
    <ol className="ranked-jobs" data-testid="ranked-jobs">
      {jobs.map((job, i) => (
        <li key={job.id} data-testid="ranked-job">
          <details open={i === 0}>
            <summary>
              #{job.rank} {job.title ?? `Job ${job.id.replace('job-', '')}`} — {job.score} / 100
            </summary>
            <MatchResultView result={job.result} />
          </details>
        </li>
      ))}
    </ol>
  );
}
