import { findSecret, isDocumentationSample, isReferenceOrPlaceholder, isSecretLikeName } from './detect.js';
import { looksGenerated } from './entropy.js';
import type { CredentialFileKind } from './file-kinds.js';

/** A secret on one line: its type, what to call it, and the secret text itself (masked by the caller). */
export interface LineSecret {
  type: string;
  kind: string;
  secret: string;
  /** Shown instead of the masked secret when the secret itself is not on the line (a PEM header). */
  shown?: string;
}

export type LineJudge = (line: string) => LineSecret | undefined;

function unquote(value: string): string {
  const trimmed = value.trim();
  if (trimmed.length >= 2) {
    const first = trimmed[0];
    if ((first === '"' || first === "'") && trimmed.endsWith(first)) return trimmed.slice(1, -1);
  }
  return trimmed;
}

/** A literal worth reporting under a key the file format reserves for secrets. */
function isLiteral(value: string): boolean {
  return value.length >= 4 && !isReferenceOrPlaceholder(value) && !isDocumentationSample(value);
}

function literal(type: string, kind: string, raw: string | undefined): LineSecret | undefined {
  if (raw === undefined) return undefined;
  const value = unquote(raw);
  return isLiteral(value) ? { type, kind, secret: value } : undefined;
}

const awsSecretLine =
  /(?<key>(?:aws_?)?secret_?access_?key|aws_?session_?token)["']?\s*[:=]\s*["']?(?<value>[A-Za-z0-9/+=]{16,})/i;

/** `aws_secret_access_key = …` (the secret half of an access key pair) and session tokens, in any file. */
export function awsSecretJudge(line: string): LineSecret | undefined {
  const match = awsSecretLine.exec(line);
  const key = match?.groups?.['key']?.toLowerCase() ?? '';
  const value = match?.groups?.['value'] ?? '';
  if (match === null || isDocumentationSample(value)) return undefined;
  if (key.includes('session')) return { type: 'aws-session-token', kind: 'AWS session token', secret: value };
  if (value.length !== 40) return undefined;
  return { type: 'aws-secret-access-key', kind: 'AWS secret access key', secret: value };
}

const npmrcLine = /^\s*(?<key>[^#;=\s][^=]*?)\s*=\s*(?<value>.*)$/;
const npmrcSecretKeys = new Set(['_authToken', '_auth', '_password']);

function npmrcJudge(line: string): LineSecret | undefined {
  const groups = npmrcLine.exec(line)?.groups;
  const key = groups?.['key']?.split(':').at(-1) ?? '';
  if (!npmrcSecretKeys.has(key)) return undefined;
  return literal('npm-registry-credential', 'npm registry credential', groups?.['value']);
}

const pypircPassword = /^\s*password\s*[:=]\s*(?<value>\S.*)$/i;

function pypircJudge(line: string): LineSecret | undefined {
  return literal(
    'package-index-password',
    'package index password',
    pypircPassword.exec(line)?.groups?.['value'],
  );
}

const netrcPassword = /(?:^|\s)password\s+(?<value>\S+)/;

function netrcJudge(line: string): LineSecret | undefined {
  return literal('netrc-password', 'netrc password', netrcPassword.exec(line)?.groups?.['value']);
}

/** `hostname:port:database:username:password`, where `\:` escapes a colon. */
const pgpassFields = /(?<!\\):/;

function pgpassJudge(line: string): LineSecret | undefined {
  if (line.trimStart().startsWith('#')) return undefined;
  const fields = line.split(pgpassFields);
  if (fields.length < 5) return undefined;
  return literal('pgpass-password', 'PostgreSQL password file entry', fields.slice(4).join(':'));
}

const kubeconfigLine =
  /^\s*(?:-\s+)?(?<key>token|client-key-data|password|id-token|refresh-token|client-secret)\s*:\s*(?<value>\S.*?)\s*$/;
const kubeconfigKinds: Readonly<Record<string, string>> = {
  token: 'Kubernetes bearer token',
  'client-key-data': 'Kubernetes client private key',
  password: 'Kubernetes user password',
  'id-token': 'OIDC token in a kubeconfig',
  'refresh-token': 'OIDC refresh token in a kubeconfig',
  'client-secret': 'OIDC client secret in a kubeconfig',
};

function kubeconfigJudge(line: string): LineSecret | undefined {
  const groups = kubeconfigLine.exec(line)?.groups;
  const key = groups?.['key'] ?? '';
  const kind = kubeconfigKinds[key];
  if (kind === undefined) return undefined;
  return literal(`kubeconfig-${key}`, kind, groups?.['value']);
}

const dockerAuth = /"(?<key>auth|identitytoken)"\s*:\s*"(?<value>[^"]+)"/g;

/** base64 of `user:password` with a non-empty password. */
function isBasicCredential(encoded: string): boolean {
  try {
    const decoded = atob(encoded);
    const colon = decoded.indexOf(':');
    return colon >= 0 && colon < decoded.length - 1;
  } catch {
    return false;
  }
}

function dockerConfigJudge(line: string): LineSecret | undefined {
  for (const match of line.matchAll(dockerAuth)) {
    const key = match.groups?.['key'];
    const value = match.groups?.['value'] ?? '';
    if (key === 'identitytoken' && isLiteral(value))
      return { type: 'registry-identity-token', kind: 'container registry identity token', secret: value };
    if (key === 'auth' && isBasicCredential(value))
      return { type: 'registry-auth', kind: 'container registry credentials', secret: value };
  }
  return undefined;
}

const dotenvLine = /^\s*(?:export\s+)?(?<key>[A-Za-z_][\w.-]*)\s*=\s*(?<value>.*)$/;
const trailingComment = /\s+#.*$/;

function dotenvJudge(line: string): LineSecret | undefined {
  const groups = dotenvLine.exec(line)?.groups;
  const key = groups?.['key'] ?? '';
  const raw = (groups?.['value'] ?? '').trim();
  const value = /^["']/.test(raw) ? unquote(raw) : raw.replace(trailingComment, '');
  if (key === '' || value === '') return undefined;
  const match = findSecret(key, value);
  if (match === undefined) return undefined;
  return {
    type: match.type,
    kind: match.by === 'value' ? match.description : `value of ${key}`,
    secret: value,
  };
}

/** Judges that know one credential file format, by kind. */
export const credentialFileJudges: Readonly<Record<CredentialFileKind, LineJudge>> = {
  'aws-credentials': awsSecretJudge,
  'docker-config': dockerConfigJudge,
  npmrc: npmrcJudge,
  pypirc: pypircJudge,
  netrc: netrcJudge,
  pgpass: pgpassJudge,
  kubeconfig: kubeconfigJudge,
  dotenv: dotenvJudge,
};

// The look-behind starts keys at word starts only, and the bounds keep one long base64 line linear.
const keyValue =
  /(?<![\w.-])(?<key>[A-Za-z_][\w.-]{0,80})["']?\s{0,8}(?:=>|:=|=|:)\s{0,8}["'`]?(?<value>[^\s"'`]{1,512})/g;
const trailingPunctuation = /[,;)\]}]+$/;

/** Any file: a secret-looking key (`api_key: …`, `"password": "…"`) holding a generated-looking value. */
export function entropyJudge(line: string): LineSecret | undefined {
  for (const match of line.matchAll(keyValue)) {
    const key = match.groups?.['key'] ?? '';
    const value = (match.groups?.['value'] ?? '').replace(trailingPunctuation, '');
    if (isSecretLikeName(key) && looksGenerated(value))
      return { type: 'high-entropy-secret', kind: `high-entropy value of ${key}`, secret: value };
  }
  return undefined;
}
