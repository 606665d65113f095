/** Unguessable identifiers and owner tokens; only a token's hash is ever stored. */
import { createHash, randomFillSync, timingSafeEqual } from 'node:crypto';

/** 128 random bits, URL-safe: 22 characters. */
export const ANALYSIS_ID = /^[A-Za-z0-9_-]{22}$/;

/**
 * Random bytes drawn from the CSPRNG a few kilobytes at a time: one call per ~85 uploads instead
 * of two per upload. Each byte is handed out once, and only as the text made from it.
 */
const RANDOM_POOL = Buffer.alloc(4096);
let randomOffset = RANDOM_POOL.length;

function randomText(bytes: number): string {
  if (randomOffset + bytes > RANDOM_POOL.length) {
    randomFillSync(RANDOM_POOL);
    randomOffset = 0;
  }
  const text = RANDOM_POOL.toString('base64url', randomOffset, randomOffset + bytes);
  randomOffset += bytes;
  return text;
}

export function createAnalysisId(): string {
  return randomText(16);
}

/** 256 random bits: the bearer secret that proves ownership. */
export function createOwnerToken(): string {
  return randomText(32);
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Constant-time comparison, so response timing says nothing about how close a guess was. */
export function isTokenOf(token: string | undefined, storedHash: string): boolean {
  if (!token) return false;
  const given = Buffer.from(hashToken(token), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
