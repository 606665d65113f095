/**
 * JSON text PostgreSQL's jsonb accepts. jsonb rejects two things JavaScript strings may hold:
 * U+0000 and lone UTF-16 surrogates (https://www.postgresql.org/docs/current/datatype-json.html).
 * Both can come out of a damaged document's text layer; they become U+FFFD, as a text decoder
 * would show them, rather than failing the whole save.
 */
const REPLACEMENT = '\uFFFD';
// NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
// eslint-disable-next-line no-control-regex -- NUL is exactly what jsonb cannot hold.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function toStorableString(value: string): string {
  return value.replace(UNSTORABLE, REPLACEMENT);
}

export function toJsonbText(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    typeof inner === 'string' ? toStorableString(inner) : inner,
  );
}
