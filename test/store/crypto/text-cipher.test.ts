import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createTextCipher, DecryptionError } from '../../../src/store/crypto/index.js';

const text = 'Ada Lovelace\nada@example.com · +44 1234 567890\nIngénieure 数据 🚀';

describe('createTextCipher', () => {
  const cipher = createTextCipher(randomBytes(32));

  it('round-trips text, with and without associated data', () => {
    expect(cipher.decrypt(cipher.encrypt(text))).toBe(text);
    expect(cipher.decrypt(cipher.encrypt(text, 'analysis-1'), 'analysis-1')).toBe(text);
    expect(cipher.decrypt(cipher.encrypt(''))).toBe('');
  });

  it('writes a versioned envelope: version | 12-byte IV | 16-byte tag | ciphertext', () => {
    const envelope = cipher.encrypt(text);
    expect(envelope[0]).toBe(1);
    expect(envelope.length).toBe(1 + 12 + 16 + Buffer.byteLength(text, 'utf8'));
    expect(Buffer.from(envelope).includes(Buffer.from('Lovelace'))).toBe(false);
  });

  it('uses a fresh IV for every record', () => {
    const ivs = new Set(
      Array.from({ length: 50 }, () =>
        Buffer.from(cipher.encrypt(text).subarray(1, 13)).toString('hex'),
      ),
    );
    expect(ivs.size).toBe(50);
  });

  it('rejects a ciphertext with any single byte altered', () => {
    const envelope = cipher.encrypt(text);
    // Past the version byte: IV, tag and ciphertext are all authenticated.
    for (let index = 1; index < envelope.length; index += 1) {
      const tampered = Uint8Array.from(envelope);
      tampered[index] = (tampered[index] ?? 0) ^ 0x01;
      expect(() => cipher.decrypt(tampered)).toThrow(DecryptionError);
    }
  });

  it('rejects decryption with the wrong key', () => {
    const other = createTextCipher(randomBytes(32));
    expect(() => other.decrypt(cipher.encrypt(text))).toThrow(/wrong key or altered data/);
  });

  it('rejects a ciphertext moved to another record', () => {
    const envelope = cipher.encrypt(text, 'analysis-1');
    expect(() => cipher.decrypt(envelope, 'analysis-2')).toThrow(DecryptionError);
  });

  it('rejects an unknown version and a truncated envelope', () => {
    const envelope = cipher.encrypt(text);
    const future = Uint8Array.from(envelope);
    future[0] = 2;
    expect(() => cipher.decrypt(future)).toThrow(/version 2/);
    expect(() => cipher.decrypt(envelope.subarray(0, 20))).toThrow(/truncated/);
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => createTextCipher(randomBytes(16))).toThrow(RangeError);
  });
});
