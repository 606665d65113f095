/**
 * Structured answers: the reply is parsed and validated against a zod schema; an invalid reply
 * gets one repair turn that shows the model its validation errors, then fails with a typed error.
 * One repair, not more: a model that misses twice usually keeps missing, and each turn costs.
 */
import { z } from 'zod';
import type { LlmMessage, LlmProvider, LlmRequest, LlmUsage } from '../ports.js';
import { LlmInvalidOutputError } from './llm-errors.js';
import { parseJsonReply } from './parse-json-reply.js';

export interface StructuredOptions {
  /** Default true. */
  repairOnce?: boolean;
  /** Name sent with the JSON schema when the request carries none; default "answer". */
  schemaName?: string;
}

export interface StructuredResult<T> {
  data: T;
  /** The model that answered, as the server reports it. */
  model: string;
  /** Tokens over every turn, the repair included. */
  usage: LlmUsage;
  isRepaired: boolean;
}

// The bad reply is sent back for repair; long ones are cut to bound the cost of that turn.
const MAX_ECHOED_REPLY = 8_000;

export async function completeStructured<S extends z.ZodType>(
  provider: LlmProvider,
  request: LlmRequest,
  schema: S,
  options: StructuredOptions = {},
): Promise<StructuredResult<z.output<S>>> {
  const withSchema: LlmRequest = {
    ...request,
    jsonSchema: request.jsonSchema ?? {
      name: options.schemaName ?? 'answer',
      schema: toJsonSchema(schema),
    },
  };
  const first = await provider.complete(withSchema);
  const firstCheck = validate(first.content, schema);
  if (firstCheck.ok) return result(firstCheck.data, first.model, [first.usage], false);
  if (options.repairOnce === false) throw new LlmInvalidOutputError(firstCheck.issues);

  const repairTurn: LlmMessage[] = [
    { role: 'assistant', content: first.content.slice(0, MAX_ECHOED_REPLY) },
    { role: 'user', content: repairMessage(firstCheck.issues) },
  ];
  const second = await provider.complete({
    ...withSchema,
    messages: [...withSchema.messages, ...repairTurn],
  });
  const secondCheck = validate(second.content, schema);
  if (!secondCheck.ok) throw new LlmInvalidOutputError(secondCheck.issues);
  return result(secondCheck.data, second.model, [first.usage, second.usage], true);
}

type Check<T> = { ok: true; data: T } | { ok: false; issues: string[] };

function validate<S extends z.ZodType>(content: string, schema: S): Check<z.output<S>> {
  const reply = parseJsonReply(content);
  if (!reply.ok) return { ok: false, issues: ['the reply is not valid JSON'] };
  const parsed = schema.safeParse(reply.value);
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
    ),
  };
}

function repairMessage(issues: readonly string[]): string {
  return [
    'Your previous reply does not match the required JSON schema:',
    ...issues.slice(0, 20).map((issue) => `- ${issue}`),
    'Reply again with only the corrected JSON, no prose and no code fences.',
  ].join('\n');
}

function toJsonSchema(schema: z.ZodType): Record<string, unknown> {
  // `$schema` is noise to the model and some servers reject unknown top-level keywords.
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema) as Record<string, unknown>;
  return rest;
}

function result<T>(data: T, model: string, usages: LlmUsage[], isRepaired: boolean) {
  const usage = usages.reduce(
    (sum, u) => ({
      promptTokens: sum.promptTokens + u.promptTokens,
      completionTokens: sum.completionTokens + u.completionTokens,
    }),
    { promptTokens: 0, completionTokens: 0 },
  );
  return { data, model, usage, isRepaired };
}
