/**
 * What one server accepts, learned from its 400s and remembered for the provider's lifetime.
 * OpenAI-compatible servers differ: some reject `response_format` with a JSON schema (older
 * llama.cpp, LM Studio and proxies), OpenAI's reasoning models reject `max_tokens` in favour of
 * `max_completion_tokens` and refuse a custom `temperature`
 * (https://platform.openai.com/docs/guides/reasoning).
 */
import { APIError } from 'openai';

export interface RequestCompat {
  isJsonSchemaSupported: boolean;
  maxTokensField: 'max_tokens' | 'max_completion_tokens';
  isTemperatureSupported: boolean;
}

export function createRequestCompat(): RequestCompat {
  return {
    isJsonSchemaSupported: true,
    maxTokensField: 'max_tokens',
    isTemperatureSupported: true,
  };
}

export interface SentFeatures {
  hasResponseFormat: boolean;
  hasTemperature: boolean;
}

/**
 * Learns from a rejection. Returns true when the request should be sent again without the
 * offending feature, false when the error is not about a feature we can drop.
 */
export function learnFromRejection(
  compat: RequestCompat,
  error: unknown,
  sent: SentFeatures,
): boolean {
  if (!(error instanceof APIError) || (error.status !== 400 && error.status !== 422)) return false;
  const text = `${error.param ?? ''} ${error.message}`.toLowerCase();
  if (compat.maxTokensField === 'max_tokens' && text.includes('max_completion_tokens')) {
    compat.maxTokensField = 'max_completion_tokens';
    return true;
  }
  if (sent.hasTemperature && text.includes('temperature')) {
    compat.isTemperatureSupported = false;
    return true;
  }
  const isAboutFormat = /response_format|json_schema|structured output/.test(text);
  // Servers that do not know the field often say only "unsupported"; with response_format in
  // the request that is the likely culprit, and the plain request is harmless if it was not.
  const isVagueUnsupported = /unsupported|not supported/.test(text);
  if (sent.hasResponseFormat && (isAboutFormat || isVagueUnsupported)) {
    compat.isJsonSchemaSupported = false;
    return true;
  }
  return false;
}
