import { describe, expect, it } from 'vitest';
import { matchResume, parseJobDescription } from '../../../src/engine/match/index.js';
import { resumeFromText } from './resume-from-text.js';

const NOW = { year: 2026, month: 1 };

async function match(resumeText: string, jobText: string) {
  const { resume, layout } = await resumeFromText(resumeText);
  return matchResume(resume, layout, parseJobDescription(jobText), { now: NOW });
}

const resumeWith = (skills: string, bullets = '- Built payment services.') => `Jane Doe
jane@example.com

EXPERIENCE
Backend Engineer, Acme
Jan 2020 - Present
${bullets}

SKILLS
${skills}
`;

describe('matchResume', () => {
  it.each([
    ['k8s', 'Kubernetes'],
    ['JS', 'JavaScript'],
    ['Postgres', 'PostgreSQL'],
  ])('matches the alias %s in the resume to %s in the job', async (alias, canonical) => {
    const result = await match(
      resumeWith(`Python, ${alias}, Docker`),
      `Backend Engineer\nRequirements\n- ${canonical}\n`,
    );
    const matched = result.matched.find((m) =>
      m.term.toLowerCase().includes(canonical.toLowerCase()),
    );
    expect(matched).toBeDefined();
    expect(matched?.evidence[0]?.section).toBe('skills');
    expect(matched?.evidence[0]?.snippet).toContain(alias);
  });

  it('does not match a term inside a longer word', async () => {
    const result = await match(
      resumeWith('Platform engineering, Golang-free scripting'),
      'Engineer\nRequirements\n- Terraform\n- Java\n',
    );
    const resumeHasJava = resumeWith('JavaScript').includes('Java');
    expect(resumeHasJava).toBe(true);
    const javaResult = await match(resumeWith('JavaScript'), 'Engineer\nRequirements\n- Java\n');
    expect(javaResult.missing.map((m) => m.term)).toContain('Java');
    expect(result.matched.map((m) => m.term)).not.toContain('Terraform');
  });

  it('weighs required terms more than preferred ones', async () => {
    const result = await match(
      resumeWith('Python'),
      'Engineer\nRequirements\n- Kubernetes\nNice to have\n- Terraform\n',
    );
    const kubernetes = result.missing.find((m) => m.term === 'Kubernetes');
    const terraform = result.missing.find((m) => m.term === 'Terraform');
    expect(kubernetes?.required).toBe(true);
    expect(terraform?.required).toBe(false);
    expect(kubernetes?.weight ?? 0).toBeGreaterThan(terraform?.weight ?? Infinity);
    expect(kubernetes?.suggestedSection).toBe('skills');
  });

  it('scores a resume with the required term above one with only the preferred term', async () => {
    const job = 'Engineer\nRequirements\n- Kubernetes\nNice to have\n- Terraform\n';
    const withRequired = await match(resumeWith('Kubernetes'), job);
    const withPreferred = await match(resumeWith('Terraform'), job);
    expect(withRequired.parts.hardSkills).toBeGreaterThan(withPreferred.parts.hardSkills);
  });

  it('flags keyword stuffing as a penalty and never raises the score with it', async () => {
    const job = 'Backend Engineer\nRequirements\n- Python\n- PostgreSQL\n';
    const honest = await match(resumeWith('Python, PostgreSQL'), job);
    const stuffed = await match(
      resumeWith(`Python, PostgreSQL, ${Array(14).fill('Python').join(', ')}`),
      job,
    );
    expect(stuffed.penalties.map((p) => p.code)).toContain('match.keyword-stuffing');
    expect(stuffed.penalties[0]?.terms).toContain('Python');
    expect(honest.penalties).toEqual([]);
    expect(stuffed.score).toBeLessThan(honest.score);
  });

  it('computes years from overlapping jobs and compares them with the requirement', async () => {
    const text = `Jane Doe\n\nEXPERIENCE\nEngineer, A\nJan 2018 - Dec 2020\n- Built things\nEngineer, B\nJan 2020 - Dec 2021\n- Built more\n`;
    const result = await match(text, 'Engineer\nRequirements\n- 5+ years of experience\n');
    expect(result.resumeYears).toBe(4);
    expect(result.parts.experienceYears).toBe(80);
  });

  it('reports parts the posting gives nothing to judge as not applicable', async () => {
    const result = await match(resumeWith('Python'), 'Engineer\nRequirements\n- Python\n');
    expect(result.parts.notApplicable).toEqual(
      expect.arrayContaining(['education', 'experienceYears']),
    );
    expect(result.score).toBeGreaterThan(0);
  });
});

describe('analyze with a job description', () => {
  it('adds match to the report only when a job description is given', async () => {
    const { analyze } = await import('../../../src/engine/index.js');
    const text = resumeWith('Python, Kubernetes');
    const withJob = await analyze(text, {
      jobDescription: '<h1>Backend Engineer</h1><h2>Requirements</h2><ul><li>Kubernetes</li></ul>',
    });
    expect(withJob.match?.job.title).toBe('Backend Engineer');
    expect(withJob.match?.matched.map((m) => m.term)).toContain('Kubernetes');
    expect((await analyze(text)).match).toBeUndefined();
  });
});
