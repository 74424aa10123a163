import { isDocumentationSample, isReferenceOrPlaceholder } from './detect.js';

/**
 * A value under a secret-looking key counts as generated (a key, a token, a random password) when it is at least
 * this long, uses only token characters, mixes letters and digits, is not a dotted code reference
 * (`crypto.Ed25519PrivateKey`), and carries at least this many bits of Shannon
 * entropy per character. Random base64 or hex of 16+ characters lands between 3.6 and 4.5 bits; words, identifiers
 * and sentences stay below 3.5. docs/secrets.md states the same numbers.
 */
export const minimumGeneratedLength = 16;
export const entropyThreshold = 3.5;

const tokenAlphabet = /^[A-Za-z0-9+/=_.~-]+$/;
/** `ed25519.Ed25519PrivateKey`, `exports.TOKEN_CHARS`: a reference to code, not a value. */
const dottedIdentifier = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/;
const letter = /[A-Za-z]/;
const digit = /\d/;

/** Shannon entropy of the characters of `value`, in bits per character. */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<number, number>();
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let bits = 0;
  for (const count of counts.values()) {
    const share = count / value.length;
    bits -= share * Math.log2(share);
  }
  return bits;
}

/** True for a value that looks machine-generated rather than written by a person (see the thresholds above). */
export function looksGenerated(value: string): boolean {
  if (value.length < minimumGeneratedLength || !tokenAlphabet.test(value)) return false;
  if (!letter.test(value) || !digit.test(value) || dottedIdentifier.test(value)) return false;
  if (isReferenceOrPlaceholder(value) || isDocumentationSample(value)) return false;
  return shannonEntropy(value) >= entropyThreshold;
}
