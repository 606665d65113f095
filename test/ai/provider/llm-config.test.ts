import { describe, expect, it } from 'vitest';
import { ConfigError, describeConfig, loadConfig } from '../../../src/config.js';

describe('LLM settings in the config', () => {
  it('has no model by default, so premium runs on the engine alone', () => {
    const { llm } = loadConfig({});
    expect(llm.baseUrl).toBeUndefined();
    expect(llm).toMatchObject({
      timeoutMs: 60_000,
      maxTokens: 2_048,
      maxConcurrency: 4,
      dailyTokenBudget: 0,
    });
  });

  it('uses OpenAI when only a key is set, and accepts OPENAI_API_KEY as a fallback', () => {
    const { llm } = loadConfig({ OPENAI_API_KEY: 'sk-fallback-0000000000' });
    expect(llm).toMatchObject({
      baseUrl: 'https://api.openai.com/v1',
      apiKey: 'sk-fallback-0000000000',
    });
    const both = loadConfig({
      OPENAI_API_KEY: 'sk-fallback-0000000000',
      LLM_API_KEY: 'sk-primary-00000000',
    });
    expect(both.llm.apiKey).toBe('sk-primary-00000000');
  });

  it('reads a self-hosted server and requires its model', () => {
    const config = loadConfig({
      LLM_BASE_URL: 'http://127.0.0.1:11434/v1',
      LLM_MODEL: 'llama3.1:8b',
      LLM_TIMEOUT_MS: '30000',
      LLM_MAX_TOKENS: '1024',
      LLM_MAX_CONCURRENCY: '2',
      LLM_DAILY_TOKEN_BUDGET: '500000',
    });
    expect(config.llm).toEqual({
      baseUrl: 'http://127.0.0.1:11434/v1',
      model: 'llama3.1:8b',
      apiKey: undefined,
      timeoutMs: 30_000,
      maxTokens: 1_024,
      maxConcurrency: 2,
      dailyTokenBudget: 500_000,
    });
    expect(() => loadConfig({ LLM_BASE_URL: 'http://127.0.0.1:11434/v1' })).toThrow(/LLM_MODEL/);
    expect(() => loadConfig({ LLM_BASE_URL: 'ftp://x', LLM_MODEL: 'm' })).toThrow(ConfigError);
  });

  it('never shows the key in the loggable summary or in validation errors', () => {
    const key = 'sk-live-VERYSECRET123456';
    expect(JSON.stringify(describeConfig(loadConfig({ LLM_API_KEY: key })))).not.toContain(
      'VERYSECRET',
    );
    const error = (() => {
      try {
        loadConfig({ LLM_API_KEY: key, LLM_MAX_TOKENS: 'lots' });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error?.message).toContain('LLM_MAX_TOKENS');
    expect(error?.message).not.toContain('VERYSECRET');
  });
});
