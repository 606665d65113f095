/**
 * The PDF Standard security handler, revision 2 (40-bit RC4; ISO 32000-1 §7.6.3, algorithms 2-4),
 * so the encrypted fixtures are real encrypted files, not just files with an /Encrypt entry.
 */
import { createHash } from 'node:crypto';
import { concatBytes, latin1 } from './case.js';

const PAD = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08,
  0x2e, 0x2e, 0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);

export function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = Uint8Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = new Uint8Array(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 0xff]!;
  }
  return out;
}

const md5 = (data: Uint8Array) => new Uint8Array(createHash('md5').update(data).digest());

function padPassword(password: string): Uint8Array {
  return concatBytes([latin1(password), PAD]).subarray(0, 32);
}

export interface Encryption {
  /** The /Encrypt dictionary body. */
  dictionary: string;
  /** The trailer /ID entry. */
  idEntry: string;
  encryptObject(objectNumber: number, data: Uint8Array): Uint8Array;
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

export function createEncryption(options: {
  userPassword: string;
  ownerPassword: string;
}): Encryption {
  const permissions = -4;
  const id = md5(latin1('resume-health malicious fixture'));
  const ownerKey = md5(padPassword(options.ownerPassword)).subarray(0, 5);
  const o = rc4(ownerKey, padPassword(options.userPassword));
  const p = new Uint8Array(4);
  new DataView(p.buffer).setInt32(0, permissions, true);
  const key = md5(concatBytes([padPassword(options.userPassword), o, p, id])).subarray(0, 5);
  const u = rc4(key, PAD);
  return {
    dictionary: `<< /Filter /Standard /V 1 /R 2 /O <${hex(o)}> /U <${hex(u)}> /P ${permissions} >>`,
    idEntry: `/ID [<${hex(id)}> <${hex(id)}>]`,
    encryptObject(objectNumber, data) {
      const suffix = Uint8Array.from([
        objectNumber & 0xff,
        (objectNumber >> 8) & 0xff,
        (objectNumber >> 16) & 0xff,
        0,
        0,
      ]);
      return rc4(md5(concatBytes([key, suffix])).subarray(0, 10), data);
    },
  };
}
