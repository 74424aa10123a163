// Fake credentials are assembled at run time so no token-shaped literal sits in the repository.
const alphabet = 'Q7rT2wX9zK4mNb3VpL8sJ6hD5fG1cYu';

/** A deterministic, varied run of `length` characters. */
export function filler(length: number, characters = alphabet): string {
  let out = '';
  for (let index = 0; index < length; index += 1) out += characters[index % characters.length];
  return out;
}

export const join = (...parts: string[]): string => parts.join('');

/** A line of base64 key material, as follows a PEM header. */
export const fakeKeyBody = filler(64, 'MIIEowIBAAKCAQEAx7rT2wX9zK4mNb3VpL8sJ6hD5fG1cYu+/');

export const fake = {
  githubToken: join('gh', 'p_', filler(36)),
  npmToken: join('np', 'm_', filler(36)),
  awsAccessKeyId: join('AKIA', filler(16, 'Q7RT2WX9ZK4MNB3V')),
  awsSecretAccessKey: filler(40),
  jwt: join('ey', 'J', filler(20), '.ey', 'J', filler(30), '.', filler(43)),
  rsaKeyHeader: join('-----BEGIN ', 'RSA PRIVATE KEY-----'),
  opensshKeyHeader: join('-----BEGIN ', 'OPENSSH PRIVATE KEY-----'),
  puttyHeader: join('PuTTY-User-', 'Key-File-3: ssh-ed25519'),
  azureAccountKey: join('Account', 'Key=', filler(86), '=='),
  /** A generated-looking value with no recognisable prefix: only the entropy rule can find it. */
  random: filler(24),
};
