/**
 * Matching benchmark: `npm run bench:match [-- --json]`.
 * Quality: each fixture resume in test/fixtures/jobs/labels.json is ranked against every posting in
 * test/fixtures/jobs; ROC-AUC per resume (relevant postings above unrelated ones) and the mean.
 * Speed, warm, one core: one resume against one posting after parsing (median of many runs), and
 * one resume against 1,000 postings through rankJobs (postings parsed inside the timing).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createAnalyzeOptions } from '../src/cli/engine-options.js';
import { buildLayout, extractDocument, parseResume } from '../src/engine/index.js';
import {
  matchResume,
  parseJobDescription,
  rankJobs,
  readJobDescriptionText,
} from '../src/engine/match/index.js';
import type { LayoutDocument, Resume } from '../src/engine/index.js';
import { rocAuc } from './match-auc.js';

const JOBS_DIR = 'test/fixtures/jobs';
const RESUMES_DIR = 'test/fixtures/resumes';
const NOW = { year: 2026, month: 1 };
const SINGLE_RUNS = 500;
const BATCH_SIZE = 1000;
const isJson = process.argv.includes('--json');

async function loadResume(file: string): Promise<{ resume: Resume; layout: LayoutDocument }> {
  const bytes = new Uint8Array(await readFile(join(RESUMES_DIR, file)));
  const extracted = await extractDocument(bytes, createAnalyzeOptions({ declaredName: file }));
  const layout = buildLayout(extracted, { check: () => undefined });
  return { resume: parseResume(layout), layout };
}

async function loadJobs(): Promise<Array<{ id: string; text: string }>> {
  const names = (await readdir(JOBS_DIR)).filter((name) => name !== 'labels.json').sort();
  return Promise.all(
    names.map(async (id) => ({
      id,
      text: await readJobDescriptionText(
        new Uint8Array(await readFile(join(JOBS_DIR, id))),
        createAnalyzeOptions({ declaredName: id }),
      ),
    })),
  );
}

const labels = JSON.parse(await readFile(join(JOBS_DIR, 'labels.json'), 'utf8')) as Record<
  string,
  string[]
>;
const jobs = await loadJobs();
const quality: Array<{
  resume: string;
  auc: number | null;
  ranking: Array<{ id: string; score: number; isRelevant: boolean }>;
}> = [];
for (const [file, relevant] of Object.entries(labels)) {
  if (file.startsWith('_')) continue;
  const { resume, layout } = await loadResume(file);
  const ranked = rankJobs(resume, layout, jobs, { now: NOW });
  const ranking = ranked.map((r) => ({
    id: r.id,
    score: r.score,
    isRelevant: relevant.includes(r.id),
  }));
  quality.push({ resume: file, auc: rocAuc(ranking), ranking });
}
const aucs = quality.map((q) => q.auc).filter((a): a is number => a !== null);
const meanAuc = aucs.reduce((a, b) => a + b, 0) / aucs.length;

// Speed: the backend resume against its first posting, then against 1,000 postings.
const { resume, layout } = await loadResume('en-word-classic.docx');
const job = parseJobDescription(jobs[0]?.text ?? '');
for (let i = 0; i < 50; i++) matchResume(resume, layout, job, { now: NOW });
const singleTimes: number[] = [];
for (let i = 0; i < SINGLE_RUNS; i++) {
  const start = performance.now();
  matchResume(resume, layout, job, { now: NOW });
  singleTimes.push(performance.now() - start);
}
singleTimes.sort((a, b) => a - b);
const singleMedianMs = singleTimes[Math.floor(singleTimes.length / 2)] ?? 0;
// Vary each copy a little so nothing can be cached across identical texts.
const batch = Array.from({ length: BATCH_SIZE }, (_, i) => {
  const base = jobs[i % jobs.length];
  return { id: `${i}`, text: `${base?.text ?? ''}\nReference ${i}` };
});
rankJobs(resume, layout, batch.slice(0, 50), { now: NOW });
const batchStart = performance.now();
rankJobs(resume, layout, batch, { now: NOW });
const batchMs = performance.now() - batchStart;

if (isJson) {
  console.log(
    JSON.stringify({ meanAuc, quality, singleMedianMs, batchMs, batchSize: BATCH_SIZE }, null, 2),
  );
} else {
  for (const q of quality) {
    console.log(`\n${q.resume}  AUC ${q.auc?.toFixed(3) ?? 'n/a'}`);
    for (const r of q.ranking)
      console.log(`  ${r.isRelevant ? '*' : ' '} ${String(r.score).padStart(3)}  ${r.id}`);
  }
  console.log(`\nMean AUC over ${aucs.length} resumes: ${meanAuc.toFixed(3)}`);
  console.log(
    `One resume vs one posting (after parsing): median ${singleMedianMs.toFixed(2)} ms (target ≤ 5 ms)`,
  );
  console.log(
    `One resume vs ${BATCH_SIZE} postings (parse + match): ${batchMs.toFixed(0)} ms (target < 2000 ms)`,
  );
}
