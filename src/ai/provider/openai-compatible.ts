/**
 * The one real LlmProvider: any server speaking the OpenAI chat completions API (OpenAI, Ollama,
 * vLLM, LM Studio, llama.cpp server) through the official SDK. The SDK's retries are off because
 * retries, timeouts and the breaker live in src/ai/resilience, where they can be tested and
 * observed; the SDK timeout stays as a backstop for callers that use the provider bare.
 */
import OpenAI from 'openai';
import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import type { LlmProvider, LlmRequest, LlmResponse } from '../ports.js';
import { LlmInvalidOutputError } from './llm-errors.js';
import { createRequestCompat, learnFromRejection, type RequestCompat } from './request-compat.js';
import { withSchemaInstructions } from './schema-instructions.js';
import { toLlmError } from './to-llm-error.js';

export interface OpenAiCompatibleOptions {
  /** e.g. https://api.openai.com/v1 or http://127.0.0.1:11434/v1 (Ollama). */
  baseUrl: string;
  model: string;
  /** Local servers usually need none. */
  apiKey?: string;
  timeoutMs: number;
  /** Default cap on completion tokens; a request may ask for fewer. */
  maxTokens: number;
  fetch?: typeof globalThis.fetch;
}

// Local servers ignore the key, but the SDK refuses to start without one.
const KEYLESS_PLACEHOLDER = 'no-key';

export function createOpenAiCompatibleProvider(options: OpenAiCompatibleOptions): LlmProvider {
  // Every option the SDK would otherwise read from process.env is passed explicitly
  // (DESIGN.md, principle 6); its logger stays off so request details never reach stdout.
  const client = new OpenAI({
    baseURL: options.baseUrl,
    apiKey: options.apiKey || KEYLESS_PLACEHOLDER,
    organization: null,
    project: null,
    webhookSecret: null,
    maxRetries: 0,
    timeout: options.timeoutMs,
    logLevel: 'off',
    fetch: options.fetch,
  });
  const secrets = options.apiKey ? [options.apiKey] : [];
  const compat = createRequestCompat();

  async function complete(request: LlmRequest): Promise<LlmResponse> {
    // Each learned incompatibility flips one flag, so this loop sends at most four requests.
    for (;;) {
      const body = buildBody(request, options, compat);
      try {
        return toResponse(await client.chat.completions.create(body, { signal: request.signal }));
      } catch (error) {
        const sent = {
          hasResponseFormat: body.response_format !== undefined,
          hasTemperature: body.temperature !== undefined,
        };
        if (!learnFromRejection(compat, error, sent)) throw toLlmError(error, secrets);
      }
    }
  }

  function toResponse(completion: OpenAI.ChatCompletion): LlmResponse {
    const content = completion.choices[0]?.message.content;
    if (typeof content !== 'string' || content.trim() === '') {
      throw new LlmInvalidOutputError(['the reply has no text content']);
    }
    return {
      content,
      usage: {
        // Some local servers omit usage; about four characters per token keeps the daily
        // budget meaningful rather than letting such calls count as free.
        promptTokens: completion.usage?.prompt_tokens ?? 0,
        completionTokens: completion.usage?.completion_tokens ?? Math.ceil(content.length / 4),
      },
      model: completion.model || options.model,
    };
  }

  return { name: 'openai-compatible', model: options.model, complete };
}

function buildBody(
  request: LlmRequest,
  options: OpenAiCompatibleOptions,
  compat: RequestCompat,
): ChatCompletionCreateParamsNonStreaming {
  const maxTokens = Math.min(request.maxTokens ?? options.maxTokens, options.maxTokens);
  const schema = request.jsonSchema;
  const isStructured = schema !== undefined && compat.isJsonSchemaSupported;
  const messages =
    schema && !isStructured ? withSchemaInstructions(request.messages, schema) : request.messages;
  return {
    model: options.model,
    messages,
    [compat.maxTokensField]: maxTokens,
    ...(request.temperature !== undefined && compat.isTemperatureSupported
      ? { temperature: request.temperature }
      : {}),
    ...(isStructured
      ? {
          response_format: {
            type: 'json_schema',
            json_schema: { name: schema.name, schema: schema.schema, strict: true },
          },
        }
      : {}),
  };
}
