import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzeOptions } from '../../../src/cli/engine-options.js';
import { buildLayout, extractDocument, parseResume } from '../../../src/engine/index.js';
import {
  matchResume,
  parseJobDescription,
  rankJobs,
  readJobDescriptionText,
} from '../../../src/engine/match/index.js';

const JOBS = 'test/fixtures/jobs';
const labels = JSON.parse(readFileSync(join(JOBS, 'labels.json'), 'utf8')) as Record<
  string,
  string[]
>;
const NOW = { year: 2026, month: 1 };

async function loadJobs() {
  const names = readdirSync(JOBS).filter((n) => n !== 'labels.json');
  return Promise.all(
    names.map(async (id) => ({
      id,
      text: await readJobDescriptionText(new Uint8Array(readFileSync(join(JOBS, id)))),
    })),
  );
}

async function loadResume(file: string) {
  const bytes = new Uint8Array(readFileSync(join('test/fixtures/resumes', file)));
  const layout = buildLayout(
    await extractDocument(bytes, createAnalyzeOptions({ declaredName: file })),
    { check: () => undefined },
  );
  return { resume: parseResume(layout), layout };
}

describe('rankJobs on the fixture postings', () => {
  it.each(Object.keys(labels).filter((k) => !k.startsWith('_')))(
    'ranks every relevant posting above every unrelated one for %s',
    async (file) => {
      const jobs = await loadJobs();
      const { resume, layout } = await loadResume(file);
      const ranked = rankJobs(resume, layout, jobs, { now: NOW });
      const relevant = labels[file] ?? [];
      const worstRelevant = Math.min(
        ...ranked.filter((r) => relevant.includes(r.id)).map((r) => r.score),
      );
      const bestOther = Math.max(
        ...ranked.filter((r) => !relevant.includes(r.id)).map((r) => r.score),
      );
      expect(worstRelevant).toBeGreaterThan(bestOther);
      expect(ranked.map((r) => r.rank)).toEqual(ranked.map((_, i) => i + 1));
    },
  );

  it('gives the same score as matching the pair alone', async () => {
    const jobs = await loadJobs();
    const { resume, layout } = await loadResume('en-plain.txt');
    const ranked = rankJobs(resume, layout, jobs, { now: NOW });
    const first = ranked[0];
    const job = jobs.find((j) => j.id === first?.id);
    expect(
      matchResume(resume, layout, parseJobDescription(job?.text ?? ''), { now: NOW }).score,
    ).toBe(first?.score);
  });
});
