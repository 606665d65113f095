/** The bundled warm-up sample is a real two-page resume for the engine, and the pool runs it. */
import { describe, expect, it } from 'vitest';
import { analyze, extractDocument } from '../../src/engine/index.js';
import {
  liteBackend,
  type LiteBackendDocument,
} from '../../src/engine/extract/pdf-lite/backend.js';
import { createParsePool } from '../../src/worker/pool.js';
import { buildWarmUpSample } from '../../src/worker/warm-up-sample.js';

describe('warm-up sample', () => {
  it('is a two-page resume pdf-lite reads whole, with contact, experience and education', async () => {
    const sample = buildWarmUpSample();
    const doc = (await liteBackend.open(sample.slice(), {})) as LiteBackendDocument;
    expect(doc.pageCount).toBe(2);
    await doc.readPage(1);
    await doc.readPage(2);
    expect(doc.served).toMatchObject({ lite: 2, pdfjs: 0 });
    const extracted = await extractDocument(sample.slice(), {});
    // One span per line at least (right-aligned dates make a second one).
    expect(extracted.pages[0]!.spans.length).toBeGreaterThanOrEqual(18);
    expect(extracted.pages[1]!.spans.length).toBeGreaterThanOrEqual(14);
    const report = await analyze(sample, { now: new Date(Date.UTC(2026, 0, 15)) });
    expect(report.contact.name).toBe('Alex Sample');
    expect(report.experience).toHaveLength(3);
    expect(report.education).toHaveLength(1);
  });

  it('runs through the pool before real work, and the pool still serves afterwards', async () => {
    const pool = createParsePool({
      workers: 2,
      queueMax: 2,
      docTimeoutMs: 20_000,
      workerMaxOldMb: 256,
    });
    try {
      await pool.warmUp(0);
      await pool.warmUp(2);
      const result = await pool.run(pool.admit(), {
        kind: 'analyze',
        bytes: buildWarmUpSample(),
        nowMs: Date.UTC(2026, 0, 15),
        timeBudgetMs: 10_000,
        dismiss: [],
      });
      expect(result.ok && result.report.contact.name).toBe('Alex Sample');
    } finally {
      await pool.close();
    }
  });
});
