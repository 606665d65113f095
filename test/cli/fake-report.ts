import type { Report } from '../../src/engine/index.js';

/** A complete, hand-written report for rendering tests. */
export function makeReport(overrides: Partial<Report> = {}): Report {
  return {
    schemaVersion: '1',
    engineVersion: '0.1.0',
    document: {
      format: 'pdf',
      pages: 2,
      pagesAnalyzed: 2,
      words: 612,
      textExtractable: true,
      language: 'en',
      columns: 1,
      readingOrderRepairedPages: [],
      diagnostics: [],
      metadata: {},
    },
    contact: {
      name: 'Ada Lovelace',
      emails: ['ada@example.com'],
      phones: ['+441234567890'],
      phonesRaw: ['+44 1234 567890'],
      location: 'London, UK',
      links: [{ kind: 'github', url: 'https://github.com/ada' }],
      foundIn: ['body'],
    },
    sections: [
      { kind: 'experience', heading: 'Experience', page: 1 },
      { kind: 'education', heading: 'Education', page: 2 },
    ],
    experience: [
      {
        title: 'Analyst',
        organization: 'Analytical Engines Ltd',
        location: null,
        start: '1842-01',
        end: null,
        current: true,
        bullets: ['Wrote the first program', 'Annotated the memoir'],
      },
    ],
    education: [
      {
        institution: 'University of London',
        degree: 'BSc',
        field: 'Mathematics',
        start: '1830',
        end: '1834',
        grade: null,
      },
    ],
    skills: ['Mathematics', 'Programming', 'Translation'],
    projects: [],
    certifications: [],
    publications: [],
    awards: [],
    volunteering: [],
    languages: [],
    score: {
      algorithm: 'rh-score-2',
      overall: 82,
      cappedBy: null,
      uncapped: 82,
      categories: { parseability: 100, contact: 70 },
      deductions: [
        { code: 'contact.no-phone', checkId: 'contact.phone', category: 'contact', points: 30 },
      ],
    },
    findings: [],
    dismissed: [],
    skippedChecks: [],
    summary: null,
    text: 'Ada Lovelace',
    timing: { extractMs: 70.4, layoutMs: 3.2, parseMs: 1.5 },
    ...overrides,
  };
}
