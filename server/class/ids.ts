/**
 * Secrets and identifiers of the class store: random from the OS CSPRNG, and secrets stored only as
 * SHA-256 hashes (they are 256-bit random values, so a fast hash is enough: nothing to brute-force).
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../../lib/live/class-protocol';

/** 128 random bits, URL-safe: class, member, request and check ids. */
export function newId(): string {
  return randomBytes(16).toString('base64url');
}

/** 256 random bits: presenter keys and mentee tokens (the issue asks for at least 128). */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('base64url');
}

/** A join code from the unambiguous alphabet (uniform: randomInt has no modulo bias). */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i += 1) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** Shape of ids and secrets we hand out (anything else is refused before a lookup). */
export const ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;
export const SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;
