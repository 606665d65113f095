/**
 * Reads the 32-byte AES-256 key from configuration text. Errors describe the expected form and
 * never echo the value, since it is a secret.
 */
export const KEY_BYTES = 32;

const HEX_KEY = /^[0-9a-f]{64}$/i;
// Standard or URL-safe alphabet, padding optional: 32 bytes are 43 characters plus one '='.
const BASE64_KEY = /^[A-Za-z0-9+/_-]{43}=?$/;

export class EncryptionKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EncryptionKeyError';
  }
}

export function parseEncryptionKey(text: string): Uint8Array {
  const value = text.trim();
  // Hex first: 64 hex digits also happen to be valid base64 (of 48 bytes).
  if (HEX_KEY.test(value)) return new Uint8Array(Buffer.from(value, 'hex'));
  if (BASE64_KEY.test(value)) {
    const base64 = value.replaceAll('-', '+').replaceAll('_', '/');
    return new Uint8Array(Buffer.from(base64, 'base64'));
  }
  throw new EncryptionKeyError(
    `The encryption key must be ${KEY_BYTES} random bytes written as 64 hex characters or ` +
      `44 base64 characters (got ${value.length} characters). ` +
      'Generate one with: openssl rand -base64 32',
  );
}
