export { EncryptionKeyError, KEY_BYTES, parseEncryptionKey } from './parse-encryption-key.js';
export { createTextCipher, DecryptionError, type TextCipher } from './text-cipher.js';
