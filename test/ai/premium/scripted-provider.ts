/** An in-test LlmProvider that answers from a script and records what it was asked. */
import type { LlmProvider, LlmRequest, LlmResponse } from '../../../src/ai/ports.js';

export type ScriptedAnswer = string | Error;

export function scriptedProvider(
  answers: ScriptedAnswer[],
): LlmProvider & { requests: LlmRequest[] } {
  const requests: LlmRequest[] = [];
  return {
    name: 'scripted',
    model: 'scripted-model',
    requests,
    async complete(request): Promise<LlmResponse> {
      requests.push(request);
      const answer = answers.shift() ?? '{}';
      if (answer instanceof Error) throw answer;
      return {
        content: answer,
        usage: { promptTokens: 10, completionTokens: 5 },
        model: 'scripted-model',
      };
    },
  };
}
