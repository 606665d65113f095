/**
 * A prompt template is versioned data: the variables it needs and the output it must produce are
 * zod schemas, so a missing variable fails loudly before any tokens are spent, and every answer is
 * validated against the same schema the provider is asked to follow (issue 6, "Prompts").
 */
import { z } from 'zod';
import type { LlmMessage } from '../ports.js';

export interface PromptTemplate<Vars, Output> {
  /** Stable name, also the JSON-schema name sent as response_format. */
  id: string;
  /** Bumped whenever wording or schema changes, so cached answers of the old prompt are not reused. */
  version: string;
  variables: z.ZodType<Vars>;
  output: z.ZodType<Output>;
  /** JSON schema of `output`, derived once so the two cannot drift apart. */
  jsonSchema: Record<string, unknown>;
  render(vars: Vars): LlmMessage[];
}

export type TemplateVariables<T> = T extends PromptTemplate<infer V, unknown> ? V : never;
export type TemplateOutput<T> = T extends PromptTemplate<unknown, infer O> ? O : never;

/** Thrown when a template is rendered with missing or malformed variables: a programming error. */
export class PromptVariableError extends Error {
  override readonly name = 'PromptVariableError';
  readonly code = 'prompt.invalid-variables';
  constructor(
    readonly templateId: string,
    readonly missing: string[],
    readonly invalid: string[],
  ) {
    const parts = [
      missing.length > 0 ? `missing variable(s): ${missing.join(', ')}` : '',
      invalid.length > 0 ? `invalid variable(s): ${invalid.join(', ')}` : '',
    ].filter(Boolean);
    super(`Prompt "${templateId}": ${parts.join('; ')}`);
  }
}

/** Builds the JSON schema for response_format; `$schema` is dropped because some servers reject it. */
export function outputJsonSchema(output: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...schema } = z.toJSONSchema(output) as Record<string, unknown>;
  return schema;
}

/** Validates the variables, then renders: the only way callers should turn a template into messages. */
export function renderPrompt<Vars, Output>(
  template: PromptTemplate<Vars, Output>,
  vars: unknown,
): LlmMessage[] {
  const parsed = template.variables.safeParse(vars);
  if (!parsed.success) {
    const missing: string[] = [];
    const invalid: string[] = [];
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.') || '(root)';
      const isMissing = issue.code === 'invalid_type' && issue.input === undefined;
      (isMissing ? missing : invalid).push(path);
    }
    throw new PromptVariableError(template.id, missing, invalid);
  }
  return template.render(parsed.data);
}

/** The part of a cache key that changes when the prompt does (DESIGN.md, "Cache key"). */
export function promptCacheKeyPart(template: { id: string; version: string }): string {
  return `${template.id}@${template.version}`;
}
