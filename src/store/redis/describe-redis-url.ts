/**
 * A log-safe label for a Redis URL: host, port and database only. Credentials in the URL
 * (redis://user:password@host) must never reach the logs (DESIGN.md, principle 6).
 */
export function describeRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const port = parsed.port === '' ? '6379' : parsed.port;
    const database = parsed.pathname.length > 1 ? parsed.pathname : '';
    return `${parsed.protocol}//${parsed.hostname}:${port}${database}`;
  } catch {
    // An unparsable URL may still contain a secret, so say nothing about it.
    return 'redis (unparsable url)';
  }
}
