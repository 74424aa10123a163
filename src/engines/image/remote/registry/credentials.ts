import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { dockerHubDomain } from './reference.js';
import { DockerConfigFile } from './schema.js';

export type RegistryCredentials =
  | { kind: 'basic'; username: string; password: string }
  /** An OAuth2 refresh token (`identitytoken` in config.json), exchanged at the token server. */
  | { kind: 'identity-token'; token: string };

/** Where credentials come from; injected so nothing reads the real home directory or environment behind the caller. */
export interface CredentialEnvironment {
  homeDir: string;
  env: Readonly<Record<string, string | undefined>>;
}

export interface CredentialLookup {
  credentials?: RegistryCredentials;
  /** Where the credentials were found, for messages: `config.json (auths."127.0.0.1:5000")`. */
  source?: string;
  notes: string[];
}

const dockerHubKeys: ReadonlySet<string> = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

/** `https://index.docker.io/v1/` → `index.docker.io`; `HOST:PORT` stays as it is. */
function normaliseKey(key: string): string {
  const withoutScheme = key.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  const slash = withoutScheme.indexOf('/');
  return (slash === -1 ? withoutScheme : withoutScheme.slice(0, slash)).toLowerCase();
}

function keyMatches(key: string, domain: string): boolean {
  const normalised = normaliseKey(key);
  if (domain === dockerHubDomain) return dockerHubKeys.has(normalised);
  return normalised === domain.toLowerCase();
}

export function dockerConfigPath(environment: CredentialEnvironment): string {
  const directory = environment.env.DOCKER_CONFIG;
  return directory !== undefined && directory !== ''
    ? path.join(directory, 'config.json')
    : path.join(environment.homeDir, '.docker', 'config.json');
}

function decodeAuth(auth: string): { username: string; password: string } | undefined {
  const text = Buffer.from(auth, 'base64').toString('utf8');
  const colon = text.indexOf(':');
  if (colon <= 0) return undefined;
  return { username: text.slice(0, colon), password: text.slice(colon + 1) };
}

/** Finds the credentials for `domain` in a parsed config.json. */
export function credentialsFromConfig(
  config: DockerConfigFile,
  domain: string,
  file: string,
): CredentialLookup {
  const notes: string[] = [];
  const keys = Object.keys(config.auths ?? {})
    .filter((key) => keyMatches(key, domain))
    .sort();
  for (const key of keys) {
    const entry = config.auths?.[key];
    if (entry === undefined) continue;
    const source = `${file} (auths."${key}")`;
    if (entry.identitytoken !== undefined && entry.identitytoken !== '') {
      return { credentials: { kind: 'identity-token', token: entry.identitytoken }, source, notes };
    }
    if (entry.username !== undefined && entry.password !== undefined) {
      return {
        credentials: { kind: 'basic', username: entry.username, password: entry.password },
        source,
        notes,
      };
    }
    if (entry.auth !== undefined && entry.auth !== '') {
      const decoded = decodeAuth(entry.auth);
      if (decoded !== undefined) return { credentials: { kind: 'basic', ...decoded }, source, notes };
      notes.push(`${source}: "auth" is not base64 of user:password; ignoring it`);
    }
  }
  const helper =
    Object.entries(config.credHelpers ?? {}).find(([key]) => keyMatches(key, domain))?.[1] ??
    config.credsStore;
  if (helper !== undefined && helper !== '') {
    notes.push(
      `${file} names the credential helper "docker-credential-${helper}", which Bulwark does not run; ` +
        `reading ${domain} without those credentials (put them under "auths" to use them)`,
    );
  }
  return { notes };
}

/** Reads config.json ($DOCKER_CONFIG or ~/.docker) and finds credentials for `domain`. A missing file is no error. */
export async function lookupCredentials(
  environment: CredentialEnvironment,
  domain: string,
): Promise<CredentialLookup> {
  const file = dockerConfigPath(environment);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { notes: [] };
    return { notes: [`${file}: cannot be read (${code ?? String(error)}); reading ${domain} anonymously`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { notes: [`${file}: not valid JSON (${reason}); reading ${domain} anonymously`] };
  }
  const parsed = DockerConfigFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined ? '' : ` at ${issue.path.join('.')}: ${issue.message}`;
    return { notes: [`${file}: unexpected content${where}; reading ${domain} anonymously`] };
  }
  return credentialsFromConfig(parsed.data, domain, file);
}
