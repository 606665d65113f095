/**
 * The cache key of an analysis (DESIGN.md: content hash + analysis kind + engine/prompt version,
 * plus the options that change the result). Options are canonicalised (object keys sorted,
 * undefined dropped) so that equal options always give the same key, then hashed to keep keys
 * short. Arrays keep their order: callers should sort set-like options before passing them.
 */
import { createHash } from 'node:crypto';

export interface CacheKeyParts {
  /** SHA-256 of the input bytes (and of the job description, if the kind uses one). */
  contentHash: string;
  /** What was computed, e.g. 'analysis' or 'match'. */
  kind: string;
  /** JSON-compatible options that affect the result. */
  options: unknown;
  engineVersion: string;
  /** Only for results an LLM wrote. */
  promptVersion?: string;
}

/**
 * Hashes of recent options, by their JSON as given. Most uploads carry one of a few option sets,
 * so the canonical form and its hash are usually computed once per set rather than per upload.
 * The JSON as given determines the canonical form, so a remembered hash is always the right one.
 */
const MAX_REMEMBERED_OPTIONS = 256;
const optionsHashes = new Map<string, string>();

function hashOptions(options: unknown): string {
  const given = JSON.stringify(options) ?? 'null';
  let hash = optionsHashes.get(given);
  if (hash === undefined) {
    hash = createHash('sha256')
      .update(JSON.stringify(canonicalize(options)) ?? 'null')
      .digest('hex');
    if (optionsHashes.size >= MAX_REMEMBERED_OPTIONS) optionsHashes.clear();
    optionsHashes.set(given, hash);
  }
  return hash;
}

export function cacheKey(parts: CacheKeyParts): string {
  const optionsHash = hashOptions(parts.options);
  // Readable parts first so an operator can spot or purge one engine version; each part is
  // URI-encoded so no value can contain the ':' separator and collide with another key.
  return [
    parts.kind,
    parts.engineVersion,
    parts.promptVersion ?? '-',
    parts.contentHash,
    optionsHash,
  ]
    .map(encodeURIComponent)
    .join(':');
}

function canonicalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalize);
  if (value === null || typeof value !== 'object') return value;
  if ('toJSON' in value && typeof value.toJSON === 'function') {
    return canonicalize((value as { toJSON(): unknown }).toJSON());
  }
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .filter((name) => record[name] !== undefined)
      .sort()
      .map((name) => [name, canonicalize(record[name])]),
  );
}
