/** Resume markup for length checks: roles with given dates, pages and padding words. */
import { contextFromText, type ContextOverrides } from '../../../helpers/check-harness.js';

export interface LengthResume {
  roles: string[];
  pages?: number;
  /** Extra words of filler text in each role, to reach a word count. */
  wordsPerRole?: number;
  format?: 'pdf' | 'docx' | 'txt';
}

export function lengthContext(resume: LengthResume, overrides: ContextOverrides = {}) {
  const pad = Array.from({ length: resume.wordsPerRole ?? 20 }, (_, i) => `task${i}`).join(' ');
  const roles = resume.roles.map(
    (dates, i) => `**Engineer, Company ${i + 1}**  ${dates}\n- Shipped ${i + 1} releases: ${pad}.`,
  );
  const pages = resume.pages ?? 1;
  const perPage = Math.ceil(roles.length / pages);
  const body: string[] = [];
  for (let page = 0; page < pages; page++) {
    if (page > 0) body.push('---');
    body.push(...roles.slice(page * perPage, (page + 1) * perPage));
  }
  const markup = ['Ada Lovelace', 'ada@example.org', '# Experience', ...body].join('\n');
  return contextFromText(markup, { format: resume.format ?? 'pdf', ...overrides });
}
