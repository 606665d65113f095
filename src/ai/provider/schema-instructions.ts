/**
 * For servers without structured output, the schema travels in the system prompt instead. The
 * answer is still validated (structured.ts), so this only has to make a valid answer likely.
 */
import type { LlmMessage, LlmRequest } from '../ports.js';

export function withSchemaInstructions(
  messages: readonly LlmMessage[],
  jsonSchema: NonNullable<LlmRequest['jsonSchema']>,
): LlmMessage[] {
  const instructions =
    'Reply with a single JSON value that follows this JSON schema, and nothing else: ' +
    'no prose, no code fences.\n' +
    JSON.stringify(jsonSchema.schema);
  const [first, ...rest] = messages;
  if (first?.role === 'system') {
    return [{ role: 'system', content: `${first.content}\n\n${instructions}` }, ...rest];
  }
  return [{ role: 'system', content: instructions }, ...messages];
}
