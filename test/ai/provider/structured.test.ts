import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { LlmRequest } from '../../../src/ai/ports.js';
import {
  completeStructured,
  createOpenAiCompatibleProvider,
  LlmInvalidOutputError,
} from '../../../src/ai/provider/index.js';
import {
  reply,
  startFakeOpenAiServer,
  type FakeOpenAiServer,
} from '../../helpers/fake-openai-server.js';

const Rewrite = z.object({ rewrite: z.string().min(1), reason: z.string() });
const request: LlmRequest = { messages: [{ role: 'user', content: 'Rewrite: did stuff' }] };

let server: FakeOpenAiServer;
beforeEach(async () => {
  server = await startFakeOpenAiServer();
});
afterEach(async () => {
  await server.close();
});

const makeProvider = () =>
  createOpenAiCompatibleProvider({
    baseUrl: server.baseUrl,
    model: 'fake-model',
    timeoutMs: 5_000,
    maxTokens: 500,
  });

describe('completeStructured', () => {
  it('derives the JSON schema from the zod schema and returns validated data', async () => {
    server.enqueue(reply.json({ rewrite: 'Led 3 releases', reason: 'metric' }));
    const result = await completeStructured(makeProvider(), request, Rewrite, {
      schemaName: 'rewrite',
    });
    expect(result.data).toEqual({ rewrite: 'Led 3 releases', reason: 'metric' });
    expect(result.isRepaired).toBe(false);
    const format = server.requests[0]?.body.response_format as {
      json_schema: { name: string; schema: Record<string, unknown> };
    };
    expect(format.json_schema.name).toBe('rewrite');
    expect(format.json_schema.schema).toMatchObject({
      type: 'object',
      required: ['rewrite', 'reason'],
    });
    expect(format.json_schema.schema.$schema).toBeUndefined();
  });

  it('reads JSON wrapped in code fences and prose', async () => {
    server.enqueue(
      reply.text(
        'Here you go:\n```json\n{"rewrite": "Cut costs 20%", "reason": "metric"}\n```\nEnjoy!',
      ),
    );
    const result = await completeStructured(makeProvider(), request, Rewrite);
    expect(result.data.rewrite).toBe('Cut costs 20%');
  });

  it('repairs once with the validation errors, then succeeds', async () => {
    server.enqueue(
      reply.json({ rewrite: 42 }, { usage: { prompt_tokens: 10, completion_tokens: 5 } }),
      reply.json(
        { rewrite: 'Shipped v2', reason: 'clearer' },
        { usage: { prompt_tokens: 20, completion_tokens: 6 } },
      ),
    );
    const result = await completeStructured(makeProvider(), request, Rewrite);
    expect(result.data.rewrite).toBe('Shipped v2');
    expect(result.isRepaired).toBe(true);
    expect(result.usage).toEqual({ promptTokens: 30, completionTokens: 11 });
    const repair = server.requests[1]?.messages ?? [];
    expect(repair.at(-2)).toEqual({ role: 'assistant', content: '{"rewrite":42}' });
    expect(repair.at(-1)?.content).toMatch(/rewrite: .*expected string/);
    expect(repair.at(-1)?.content).toMatch(/reason: /);
  });

  it('fails with LlmInvalidOutputError after one failed repair', async () => {
    server.enqueue(
      reply.malformed(),
      reply.json({ wrong: true }),
      reply.json({ rewrite: 'late', reason: 'x' }),
    );
    const error = await completeStructured(makeProvider(), request, Rewrite).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LlmInvalidOutputError);
    expect((error as LlmInvalidOutputError).issues.join('\n')).toMatch(/rewrite/);
    expect(server.requests).toHaveLength(2);
  });

  it('says "not valid JSON" without quoting the reply', async () => {
    server.enqueue(reply.text('Jane Doe, 12 Secret Street'));
    const error = await completeStructured(makeProvider(), request, Rewrite, {
      repairOnce: false,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmInvalidOutputError);
    expect((error as Error).message).toContain('not valid JSON');
    expect((error as Error).message).not.toContain('Secret Street');
    expect(server.requests).toHaveLength(1);
  });

  it('validates fallback answers too when the server rejects response_format', async () => {
    server.rejectResponseFormat = true;
    server.enqueue(
      reply.json({ rewrite: '', reason: 'x' }),
      reply.json({ rewrite: 'Fixed', reason: 'x' }),
    );
    const result = await completeStructured(makeProvider(), request, Rewrite);
    expect(result.data.rewrite).toBe('Fixed');
    expect(server.requests.map((r) => r.hasResponseFormat)).toEqual([true, false, false]);
  });
});
