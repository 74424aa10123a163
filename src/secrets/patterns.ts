/** Value patterns for credentials that are recognisable on their own, whatever key they sit under. */
export interface SecretPattern {
  type: string;
  description: string;
  pattern: RegExp;
  /**
   * Literal text every match contains. File scanning looks for these with `includes` first and runs the pattern
   * only on lines that hold one, so the bulk of an image's text never meets a regular expression.
   */
  markers: readonly string[];
}

export const secretPatterns: readonly SecretPattern[] = [
  {
    type: 'private-key',
    description: 'private key',
    pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/,
    markers: ['PRIVATE KEY'],
  },
  {
    type: 'putty-private-key',
    description: 'PuTTY private key',
    pattern: /PuTTY-User-Key-File-\d+:/,
    markers: ['PuTTY-User-Key-File-'],
  },
  {
    type: 'aws-access-key-id',
    description: 'AWS access key id',
    pattern: /\b(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}\b/,
    markers: ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'A3T'],
  },
  {
    type: 'github-token',
    description: 'GitHub token',
    pattern: /\bgh[pousr]_[A-Za-z0-9]{36,255}\b/,
    markers: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
  },
  {
    type: 'github-fine-grained-token',
    description: 'GitHub fine-grained token',
    pattern: /\bgithub_pat_[A-Za-z0-9_]{60,255}\b/,
    markers: ['github_pat_'],
  },
  {
    type: 'gitlab-token',
    description: 'GitLab token',
    pattern: /\bgl(?:pat|dt|ptt|rt|cbt)-[A-Za-z0-9_-]{20,}/,
    markers: ['glpat-', 'gldt-', 'glptt-', 'glrt-', 'glcbt-'],
  },
  {
    type: 'slack-token',
    description: 'Slack token',
    pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/,
    markers: ['xoxa-', 'xoxb-', 'xoxp-', 'xoxo-', 'xoxs-', 'xoxr-'],
  },
  {
    type: 'slack-webhook',
    description: 'Slack webhook URL',
    pattern: /https:\/\/hooks\.slack\.com\/services\/T[A-Za-z0-9]+\/B[A-Za-z0-9]+\/[A-Za-z0-9]+/,
    markers: ['hooks.slack.com/services/'],
  },
  {
    type: 'stripe-key',
    description: 'Stripe secret key',
    pattern: /\b[sr]k_live_[A-Za-z0-9]{20,}\b/,
    markers: ['k_live_'],
  },
  {
    type: 'npm-token',
    description: 'npm access token',
    pattern: /\bnpm_[A-Za-z0-9]{36}\b/,
    markers: ['npm_'],
  },
  {
    type: 'pypi-token',
    description: 'PyPI upload token',
    pattern: /\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}/,
    markers: ['pypi-AgEIcHlwaS5vcmc'],
  },
  {
    type: 'gcp-api-key',
    description: 'Google API key',
    pattern: /\bAIza[0-9A-Za-z_-]{35}\b/,
    markers: ['AIza'],
  },
  {
    type: 'gcp-service-account',
    description: 'GCP service account key',
    pattern: /"type"\s*:\s*"service_account"/,
    markers: ['"service_account"'],
  },
  {
    type: 'azure-storage-key',
    description: 'Azure storage account key',
    pattern: /AccountKey=[A-Za-z0-9+/]{86}==/,
    markers: ['AccountKey='],
  },
  {
    type: 'jwt',
    description: 'JSON Web Token',
    pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}/,
    markers: ['eyJ'],
  },
  {
    type: 'connection-string-password',
    description: 'connection string with a password',
    // The user name may be empty: `redis://:password@host` is how Redis and others take a bare password.
    pattern: /\b[a-z][a-z0-9+.-]{1,20}:\/\/[^\s/:@]*:(?<password>[^\s/@]+)@[^\s/]+/i,
    markers: ['://'],
  },
];
