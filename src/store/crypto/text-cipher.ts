/**
 * AES-256-GCM for raw resume text at rest. Envelope: version (1 byte) | IV (12) | tag (16) |
 * ciphertext. The version byte lets a later algorithm or key rotation read old rows. A fresh
 * random 96-bit IV per record, the size GCM is specified for (NIST SP 800-38D, section 8.2).
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { KEY_BYTES } from './parse-encryption-key.js';

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + IV_BYTES + TAG_BYTES;

export class DecryptionError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DecryptionError';
  }
}

export interface TextCipher {
  /** `associatedData` (e.g. the analysis id) binds the ciphertext to its record. */
  encrypt(text: string, associatedData?: string): Uint8Array;
  /** Throws DecryptionError for a wrong key, wrong associated data or altered bytes. */
  decrypt(envelope: Uint8Array, associatedData?: string): string;
}

export function createTextCipher(key: Uint8Array): TextCipher {
  if (key.length !== KEY_BYTES) {
    throw new RangeError(`The encryption key must be ${KEY_BYTES} bytes, not ${key.length}.`);
  }
  const keyBytes = Buffer.from(key);
  return {
    encrypt(text, associatedData = '') {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', keyBytes, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(Buffer.from(associatedData, 'utf8'));
      const ciphertext = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      const envelope = Buffer.concat([Buffer.of(VERSION), iv, cipher.getAuthTag(), ciphertext]);
      return new Uint8Array(envelope);
    },

    decrypt(envelope, associatedData = '') {
      if (envelope.length < HEADER_BYTES) throw new DecryptionError('The envelope is truncated.');
      if (envelope[0] !== VERSION) {
        throw new DecryptionError(`Unknown envelope version ${envelope[0]}.`);
      }
      const bytes = Buffer.from(envelope.buffer, envelope.byteOffset, envelope.byteLength);
      const iv = bytes.subarray(1, 1 + IV_BYTES);
      const tag = bytes.subarray(1 + IV_BYTES, HEADER_BYTES);
      const decipher = createDecipheriv('aes-256-gcm', keyBytes, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(associatedData, 'utf8'));
      decipher.setAuthTag(tag);
      try {
        const plain = Buffer.concat([
          decipher.update(bytes.subarray(HEADER_BYTES)),
          decipher.final(),
        ]);
        return plain.toString('utf8');
      } catch (error) {
        // Node cannot tell a wrong key from tampering; neither can anyone else, by design.
        throw new DecryptionError('The text could not be decrypted: wrong key or altered data.', {
          cause: error,
        });
      }
    },
  };
}
