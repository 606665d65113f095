import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EncryptionKeyError, parseEncryptionKey } from '../../../src/store/crypto/index.js';

describe('parseEncryptionKey', () => {
  const key = randomBytes(32);

  it.each([
    ['hex', key.toString('hex')],
    ['upper-case hex', key.toString('hex').toUpperCase()],
    ['base64', key.toString('base64')],
    ['base64 without padding', key.toString('base64').replace(/=$/, '')],
    ['base64url', key.toString('base64url')],
    ['base64 with surrounding whitespace', `  ${key.toString('base64')}\n`],
  ])('reads a 32-byte key written as %s', (_form, text) => {
    expect(parseEncryptionKey(text)).toStrictEqual(new Uint8Array(key));
  });

  it.each([
    ['empty', ''],
    ['16 bytes of hex', randomBytes(16).toString('hex')],
    ['33 bytes of base64', randomBytes(33).toString('base64')],
    ['a passphrase', 'correct horse battery staple'],
    ['hex with a stray character', `${key.toString('hex').slice(0, 63)}g`],
  ])('rejects %s with a message that says what is expected', (_form, text) => {
    expect(() => parseEncryptionKey(text)).toThrow(EncryptionKeyError);
    expect(() => parseEncryptionKey(text)).toThrow(/32 random bytes.*64 hex.*base64/);
  });

  it('never echoes the rejected value', () => {
    const secret = `${key.toString('hex')}ff`;
    expect(() => parseEncryptionKey(secret)).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining(secret.slice(0, 16)) }),
    );
  });
});
