/** Unguessable identifiers and owner tokens; only a token's hash is ever stored. */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 128 random bits, URL-safe: 22 characters. */
export const ANALYSIS_ID = /^[A-Za-z0-9_-]{22}$/;

export function createAnalysisId(): string {
  return randomBytes(16).toString('base64url');
}

/** 256 random bits: the bearer secret that proves ownership. */
export function createOwnerToken(): string {
  return randomBytes(32).toString('base64url');
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
