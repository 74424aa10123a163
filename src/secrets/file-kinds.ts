/** Files whose format Bulwark knows, so a credential is found by its key, not only by its shape. */
export const credentialFileKinds = [
  'aws-credentials',
  'docker-config',
  'npmrc',
  'pypirc',
  'netrc',
  'pgpass',
  'kubeconfig',
  'dotenv',
] as const;
export type CredentialFileKind = (typeof credentialFileKinds)[number];
export type FileKind = CredentialFileKind | 'generic';

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

const byBasename: ReadonlyMap<string, CredentialFileKind> = new Map([
  ['.dockercfg', 'docker-config'],
  ['.npmrc', 'npmrc'],
  ['npmrc', 'npmrc'],
  ['.pypirc', 'pypirc'],
  ['.netrc', 'netrc'],
  ['_netrc', 'netrc'],
  ['.pgpass', 'pgpass'],
  ['kubeconfig', 'kubeconfig'],
  ['.envrc', 'dotenv'],
]);

const awsFile = /\/\.aws\/(?:credentials|config)$/;
const dockerConfigFile = /\/\.docker\/config\.json$/;
const kubeconfigFile = /\/\.kube\/config$|\.kubeconfig$/;
const dotenvFile = /^\.env(?:\.[\w.-]+)?$|^[\w.-]+\.env$/;
const kubeconfigContent = /^kind:\s*["']?Config["']?\s*$/m;

/** The kind of credential file at `path`; the content settles the formats that are not bound to a name. */
export function fileKind(path: string, text: string): FileKind {
  const name = basename(path);
  const named = byBasename.get(name);
  if (named !== undefined) return named;
  if (awsFile.test(path)) return 'aws-credentials';
  if (dockerConfigFile.test(path)) return 'docker-config';
  if (kubeconfigFile.test(path)) return 'kubeconfig';
  if (dotenvFile.test(name)) return 'dotenv';
  // Kubelet, admin and controller kubeconfigs live under any name (`/etc/kubernetes/admin.conf`).
  if (text.includes('users:') && text.includes('clusters:') && kubeconfigContent.test(text))
    return 'kubeconfig';
  if (text.includes('"auths"') && text.includes('"auth"')) return 'docker-config';
  return 'generic';
}

const privateKeyFile = /^id_(?:rsa|dsa|ecdsa|ed25519)(?:_sk)?$|\.(?:pem|key|ppk)$|^ssh_host_\w+_key$/;
const otherCredentialFile =
  /^\.git-credentials$|^credentials(?:\.json)?$|^(?:service[_-]?account|gcloud)[\w.-]*\.json$/;

/**
 * Names that hold credentials wherever they sit in an image: the layer walk always reads these, even under folders
 * it otherwise skips (documentation, caches) and whatever their extension.
 */
export function isCredentialFilePath(path: string): boolean {
  const name = basename(path);
  if (byBasename.has(name) || dotenvFile.test(name)) return true;
  if (awsFile.test(path) || dockerConfigFile.test(path) || kubeconfigFile.test(path)) return true;
  return privateKeyFile.test(name) || otherCredentialFile.test(name);
}

const sampleDirectory =
  /\/(?:tests?|testdata|testing|__tests__|__fixtures__|fixtures?|specs?|examples?|samples?|mocks?|__mocks__|docs?|man)\//i;
const sampleName = /(?:^|[._-])(?:tests?|spec|examples?|samples?|templates?|mocks?|fakes?|dummy)(?:[._-]|$)/i;
/** READMEs, change logs, Markdown and reStructuredText, package descriptions: they show how, with sample values. */
const documentationName =
  /^(?:readme|changelog|changes|history|news|authors|contributing)(?:\.\w+)?$|\.(?:md|markdown|rst|adoc)$|^(?:PKG-INFO|METADATA)$/i;

/**
 * Test suites, examples, templates and documentation ship fake keys on purpose (`.env.example`,
 * `tests/keycert.pem`, `handshake_test.go`, a README showing a token); their findings would bury the real ones.
 * Part of the false-positive policy.
 */
export function isSamplePath(path: string): boolean {
  const name = basename(path);
  return sampleDirectory.test(path) || sampleName.test(name) || documentationName.test(name);
}
