/**
 * Models wrap JSON in ```json fences or a sentence of prose even when told not to (local models
 * especially). This recovers the JSON value, or says it could not, without echoing the text:
 * JSON.parse messages quote the input, which may quote the resume.
 */
const FENCED = /```(?:json|JSON)?\s*\n?([\s\S]*?)```/;

export type JsonReply = { ok: true; value: unknown } | { ok: false };

export function parseJsonReply(content: string): JsonReply {
  const fenced = FENCED.exec(content)?.[1];
  const candidates = [fenced, content, outermostJson(content)];
  for (const candidate of candidates) {
    if (candidate === undefined) continue;
    try {
      return { ok: true, value: JSON.parse(candidate.trim()) };
    } catch {
      // Try the next, looser reading.
    }
  }
  return { ok: false };
}

/** From the first `{` or `[` to the last matching closer: drops prose around a bare value. */
function outermostJson(content: string): string | undefined {
  const start = content.search(/[{[]/);
  if (start < 0) return undefined;
  const closer = content[start] === '{' ? '}' : ']';
  const end = content.lastIndexOf(closer);
  return end > start ? content.slice(start, end + 1) : undefined;
}
