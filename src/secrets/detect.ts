import type { SecretPattern } from './patterns.js';
import { secretPatterns } from './patterns.js';

export interface SecretMatch {
  type: string;
  description: string;
  /** `value`: the value matched a credential pattern; `key-name`: a secret-looking name holds a literal value. */
  by: 'value' | 'key-name';
}

/*
 * False-positive policy: a value is not reported when it is empty, a reference resolved elsewhere (`${VAR}`, `$VAR`,
 * `$(VAR)`, `{{ … }}`, `secretKeyRef`), a file path (`/run/secrets/db`), or an obvious placeholder (`<token>`,
 * `xxxx`, `***`, `changeme-in-prod` style REPLACE/EXAMPLE/PLACEHOLDER/DUMMY/REDACTED words, the bare words
 * `password`, `passwd`, `pass`, `secret`, `token`). A credential pattern
 * is not reported for documentation samples (`AKIAIOSFODNN7EXAMPLE`, eight X or 0 in a row). Key-name matches also
 * need a value of at least 4 characters that is not a boolean or a number.
 */
const referencePattern = /^\$\{[^}]+\}$|^\$[A-Za-z_]\w*$|^\$\([^)]+\)$|\{\{[^}]*\}\}|^%\([^)]+\)s$/;
const placeholderPattern =
  /^<[^>]*>$|^(?:x+|\*+|\.{3,}|-+|_+)$|example|placeholder|replace[_-]?me|change[_-]?me|redacted|dummy|changeit|your[_-]|^(?:none|null|nil|undefined|todo|tbd|secret|password|passwd|pass|pwd|pw|token)$/i;
const pathPattern = /^(?:\/|\.\/|~\/)[\w./-]*$/;
const scalarPattern = /^(?:true|false|yes|no|on|off|\d+(?:\.\d+)?[a-z]{0,2})$/i;

const secretNamePattern =
  /(?:^|[_.-])(?:pass(?:word|wd|phrase)?|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|client[_-]?secret|credentials?|auth[_-]?token|bearer|session[_-]?key|signing[_-]?key|encryption[_-]?key|master[_-]?key|dsn)(?:$|[_.-])/i;
const camelSecretPattern = /(?:password|passwd|secret|token|apiKey|accessKey|privateKey|credential)/;
const notSecretSuffix =
  /(?:[_.-](?:file|path|dir|url|uri|name|user(?:name)?|id|enabled|enable|disabled|length|len|ttl|timeout|expiry|expires|expiration|type|mode|policy|header|endpoint|host|port|version|ref|key[_-]?ref|env|count|algorithm|alg|format|size|min|max))$/i;

export function isReferenceOrPlaceholder(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed === '') return true;
  return referencePattern.test(trimmed) || placeholderPattern.test(trimmed) || pathPattern.test(trimmed);
}

/** A name like `DB_PASSWORD`, `api-key`, `clientSecret`; not `PASSWORD_FILE` or `TOKEN_TTL`. */
export function isSecretLikeName(name: string): boolean {
  if (notSecretSuffix.test(name)) return false;
  return secretNamePattern.test(name) || camelSecretPattern.test(name);
}

// Documentation samples: `AKIAIOSFODNN7EXAMPLE`, Slack's `T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX`, ….
// Random credentials practically never contain these runs.
const documentationSample = /example|x{8}|0{8}/i;

export function isDocumentationSample(value: string): boolean {
  return documentationSample.test(value);
}

/** What a value pattern found: the pattern, and the part of the text that is the secret (for masking). */
export interface ValueMatch {
  pattern: SecretPattern;
  /** The matched credential, or the password alone for a connection string. */
  secret: string;
}

function patternMatch(value: string, pattern: SecretPattern): ValueMatch | undefined {
  const match = pattern.pattern.exec(value);
  if (match === null) return undefined;
  const password = match.groups?.['password'];
  // A connection string is judged by its password alone: `db.example.com` is a real host name.
  if (password !== undefined)
    return isReferenceOrPlaceholder(password) ? undefined : { pattern, secret: password };
  return documentationSample.test(match[0]) ? undefined : { pattern, secret: match[0] };
}

/** The first of `patterns` that finds a credential in `value`, with the matched text. */
export function matchSecretValue(
  value: string,
  patterns: readonly SecretPattern[] = secretPatterns,
): ValueMatch | undefined {
  for (const pattern of patterns) {
    const found = patternMatch(value, pattern);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Credential recognised by its value alone (tokens, keys, JWTs, connection strings with passwords). */
export function findSecretInValue(value: string): SecretMatch | undefined {
  if (value.length < 8) return undefined;
  const found = matchSecretValue(value);
  return found === undefined
    ? undefined
    : { type: found.pattern.type, description: found.pattern.description, by: 'value' };
}

/** Value pattern first, then a secret-looking name holding a literal value that is not a reference or placeholder. */
export function findSecret(name: string, value: string): SecretMatch | undefined {
  const byValue = findSecretInValue(value);
  if (byValue !== undefined) return byValue;
  if (!isSecretLikeName(name)) return undefined;
  const trimmed = value.trim();
  if (trimmed.length < 4 || scalarPattern.test(trimmed) || isReferenceOrPlaceholder(trimmed))
    return undefined;
  return {
    type: 'secret-named-value',
    description: `literal value under the secret-looking name ${name}`,
    by: 'key-name',
  };
}

/** Never print a secret: keep a short prefix for recognition. */
export function maskSecret(value: string): string {
  const visible = value.length > 12 ? 4 : value.length > 6 ? 2 : 0;
  return `${value.slice(0, visible)}${'*'.repeat(Math.min(8, Math.max(4, value.length - visible)))}`;
}
