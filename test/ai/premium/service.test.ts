import { describe, expect, it } from 'vitest';
import { createPremiumService } from '../../../src/ai/premium/service.js';
import {
  LlmBudgetExceededError,
  LlmCircuitOpenError,
  LlmUpstreamError,
} from '../../../src/ai/provider/llm-errors.js';
import { createNoProvider } from '../../../src/ai/provider/no-provider.js';
import { buildInput } from './resume-fixture.js';
import { scriptedProvider } from './scripted-provider.js';

const GOOD = JSON.stringify({
  rewrites: [
    { id: 1, rewrite: 'Managed the payments API used by 40 merchants', reason: 'Action verb' },
    { id: 2, rewrite: 'Drove the billing migration', reason: 'Ownership' },
  ],
  summary:
    'Software engineer at Acme Corp who builds payment systems in Python. Led 12 teams at Google.',
  advice: [
    { priority: 2, text: 'Quantify the billing migration.' },
    { priority: 1, text: 'Add Kubernetes if you have used it.' },
  ],
});

const FABRICATED = JSON.stringify({
  rewrites: [
    {
      id: 1,
      rewrite: 'Managed the payments API used by 400 merchants at Stripe',
      reason: 'Bigger',
    },
    { id: 2, rewrite: 'Led the billing migration to Kubernetes in 2015', reason: 'Specific' },
  ],
  summary: null,
  advice: [],
});

describe('createPremiumService.analyze with a model', () => {
  it('returns guarded rewrites, a guarded summary and sorted advice', async () => {
    const provider = scriptedProvider([GOOD]);
    const service = createPremiumService({ provider });
    const result = await service.analyze(await buildInput({ withJob: true }));
    expect(result.degraded).toBe(false);
    expect(result.model).toBe('scripted-model');
    expect(result.promptVersion).toBe('premium-analysis@1');
    expect(result.rewrites.map((r) => r.rejected)).toEqual([undefined, undefined]);
    expect(result.rewrites[0]?.original).toBe(
      'Responsible for managing the payments API used by 40 merchants',
    );
    expect(result.summary).toBe(
      'Software engineer at Acme Corp who builds payment systems in Python.',
    );
    expect(result.safetyFindings.map((f) => f.code)).toEqual(['ai.fabrication-removed']);
    expect(result.advice.map((a) => a.priority)).toEqual([1, 2]);
    expect(provider.requests[0]?.jsonSchema?.name).toBe('premium-analysis');
  });

  it('rejects rewrites that add an employer, inflate a number, add a skill or invent a date', async () => {
    const service = createPremiumService({ provider: scriptedProvider([FABRICATED]) });
    const result = await service.analyze(await buildInput({ withJob: true }));
    const [first, second] = result.rewrites;
    expect(first?.rejected?.facts).toEqual(
      expect.arrayContaining(['number: 400', 'employer: Stripe']),
    );
    expect(second?.rejected?.facts).toEqual(
      expect.arrayContaining(['skill: Kubernetes', 'date: 2015']),
    );
  });

  it('falls back with invalid-output when the answer breaks the schema twice', async () => {
    const provider = scriptedProvider(['not json', '{"rewrites": "nope"}']);
    const result = await createPremiumService({ provider }).analyze(await buildInput());
    expect(provider.requests).toHaveLength(2);
    expect(result).toMatchObject({ degraded: true, degradedReason: 'invalid-output', model: null });
    expect(result.rewrites.length).toBeGreaterThan(0);
  });

  it.each([
    ['provider-error', new LlmUpstreamError('LLM_UPSTREAM_FAILED', 'down', { status: 503 })],
    ['budget-exceeded', new LlmBudgetExceededError(1000)],
    ['breaker-open', new LlmCircuitOpenError()],
    ['provider-error', new Error('socket hang up')],
  ])('falls back with %s when the provider throws', async (reason, error) => {
    const result = await createPremiumService({ provider: scriptedProvider([error]) }).analyze(
      await buildInput(),
    );
    expect(result).toMatchObject({ degraded: true, degradedReason: reason });
  });

  it('does not call the model while the breaker is open', async () => {
    const provider = scriptedProvider([GOOD]);
    const service = createPremiumService({ provider, breakerState: () => 'open' });
    const result = await service.analyze(await buildInput());
    expect(provider.requests).toHaveLength(0);
    expect(result.degradedReason).toBe('breaker-open');
    expect(service.status()).toEqual({
      provider: 'scripted',
      model: 'scripted-model',
      breaker: 'open',
    });
  });

  it('rethrows when the caller cancelled instead of answering degraded', async () => {
    const controller = new AbortController();
    controller.abort();
    const service = createPremiumService({ provider: scriptedProvider([new Error('aborted')]) });
    await expect(
      service.analyze(await buildInput(), { signal: controller.signal }),
    ).rejects.toThrow('aborted');
  });

  it('serves an identical request from the cache with one model call', async () => {
    const provider = scriptedProvider([GOOD, GOOD]);
    const store = new Map<string, unknown>();
    const cachedCall = async <T>(key: string, compute: () => Promise<T>): Promise<T> => {
      if (!store.has(key)) store.set(key, await compute());
      return store.get(key) as T;
    };
    const service = createPremiumService({ provider, cachedCall });
    const input = await buildInput({ withJob: true });
    const first = await service.analyze(input);
    const second = await service.analyze(input);
    expect(provider.requests).toHaveLength(1);
    expect(second).toEqual(first);
    expect([...store.keys()][0]).toMatch(/^llm:[0-9a-f]{64}$/);
  });
});

describe('createPremiumService without a model', () => {
  it.each([
    ['null', null],
    ['the none provider', createNoProvider()],
  ])('answers degraded no-model with %s', async (_label, provider) => {
    const service = createPremiumService({ provider });
    const result = await service.analyze(await buildInput({ withJob: true }));
    expect(result).toMatchObject({ degraded: true, degradedReason: 'no-model', model: null });
    expect(result.rewrites).toContainEqual(
      expect.objectContaining({ rewrite: 'Managed the payments API used by 40 merchants' }),
    );
    expect(result.advice[0]?.text).toContain('Kubernetes');
    expect(service.status()).toEqual({ provider: 'none', model: null, breaker: 'disabled' });
  });
});

describe('createPremiumService.coverLetter', () => {
  const letterAnswer = (paragraphs: string[]) =>
    JSON.stringify({ greeting: 'Dear Hiring Manager,', paragraphs, closing: 'Sincerely,' });

  it('removes and flags fabricated sentences and signs with the resume name', async () => {
    const provider = scriptedProvider([
      letterAnswer([
        'I am applying for the Senior Backend Engineer role.',
        'At Acme Corp I reduced checkout latency by 35% using Python. I also ran Kubernetes clusters for 10 years.',
      ]),
    ]);
    const input = await buildInput({ withJob: true });
    const letter = await createPremiumService({ provider }).coverLetter(
      { ...input, jobDescription: input.jobDescription ?? '' },
      { tone: 'friendly', length: 'short' },
    );
    expect(letter.degraded).toBe(false);
    expect(letter.text).toContain('reduced checkout latency by 35%');
    expect(letter.text).not.toContain('Kubernetes clusters');
    expect(letter.text.endsWith('Sincerely,\nJane Doe')).toBe(true);
    expect(letter.safetyFindings.map((f) => f.code)).toEqual(['ai.fabrication-removed']);
    expect(letter).toMatchObject({
      tone: 'friendly',
      length: 'short',
      promptVersion: 'cover-letter@1',
    });
  });

  it('falls back to the template when every body sentence is fabricated', async () => {
    const provider = scriptedProvider([letterAnswer(['I worked 15 years at Google.'])]);
    const input = await buildInput({ withJob: true });
    const letter = await createPremiumService({ provider }).coverLetter({
      ...input,
      jobDescription: input.jobDescription ?? '',
    });
    expect(letter).toMatchObject({ degraded: true, degradedReason: 'invalid-output' });
    expect(letter.text).not.toContain('Google');
  });
});
