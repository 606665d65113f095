/**
 * Upstream error bodies can echo credentials (OpenAI's 401 says "Incorrect API key provided:
 * sk-abc***xyz") and proxies sometimes reflect the Authorization header. Anything taken from a
 * response and put into an error message goes through here first.
 */
const KEY_LIKE = /\b(?:sk|rk|pk|key)-[\w*.-]{4,}/gi;
const BEARER = /\bBearer\s+[^\s"',]+/gi;
const MAX_DETAIL = 200;

export function redactSecrets(text: string, secrets: readonly string[]): string {
  let redacted = text;
  for (const secret of secrets) {
    // Short values (a placeholder like "x") would shred ordinary words; real keys are long.
    if (secret.length >= 8) redacted = redacted.split(secret).join('[redacted]');
  }
  redacted = redacted.replace(KEY_LIKE, '[redacted]').replace(BEARER, 'Bearer [redacted]');
  return redacted.length > MAX_DETAIL ? `${redacted.slice(0, MAX_DETAIL)}…` : redacted;
}
