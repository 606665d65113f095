/** A real report from the engine for a small resume, so tests exercise what the service will see. */
import { analyze } from '../../../src/engine/analyze.js';
import type { Report } from '../../../src/engine/model/report.js';
import type { PremiumInput } from '../../../src/ai/ports.js';

export const RESUME_TEXT = `Jane Doe
jane.doe@example.com | +1 415 555 0100 | San Francisco, CA

Summary
Backend engineer who builds reliable payment systems.

Experience
Software Engineer
Acme Corp | March 2019 – Present
- Responsible for managing the payments API used by 40 merchants
- Reduced checkout latency by 35% using Python and PostgreSQL
- Worked on the billing migration
- Helped with code reviews

Junior Developer
Initech | June 2016 – February 2019
- Handled the nightly reporting jobs
- Wrote integration tests in Python

Education
BSc Computer Science, State University, 2016

Skills
Python, PostgreSQL, Docker, REST APIs
`;

export const JOB_TEXT = `Senior Backend Engineer

Requirements
- 5+ years of Python
- Kubernetes and Docker
- PostgreSQL
`;

export async function buildInput(
  options: { withJob?: boolean; resumeText?: string } = {},
): Promise<PremiumInput> {
  const resumeText = options.resumeText ?? RESUME_TEXT;
  const report: Report = await analyze(resumeText, {
    now: new Date('2024-06-01T00:00:00Z'),
    jobDescription: options.withJob ? JOB_TEXT : undefined,
  });
  return {
    report,
    resumeText: report.text,
    jobDescription: options.withJob ? JOB_TEXT : undefined,
    match: report.match,
  };
}
