import { defineRule } from '../define-rule.js';
import { copySources } from './dockerfile-utils/copy-sources.js';
import { hasVariable, instructionPath, shippedStages } from './dockerfile-utils/stages.js';
import { violationAt } from './dockerfile-utils/violation.js';

interface SecretFile {
  pattern: RegExp;
  kind: string;
}

/** Matched against the source path with `./` and trailing slashes removed. */
const secretFiles: readonly SecretFile[] = [
  { pattern: /(?:^|\/)id_(?:rsa|dsa|ecdsa|ed25519)(?:_sk)?$/, kind: 'SSH private key' },
  { pattern: /(?:^|\/)\.ssh(?:\/(?!known_hosts$|config$|[^/]+\.pub$)|$)/, kind: 'SSH directory' },
  { pattern: /(?:^|\/)\.gnupg(?:\/|$)/, kind: 'GnuPG keyring' },
  { pattern: /(?:^|\/)\.git(?:\/|$)/, kind: 'git metadata, with its history and remotes' },
  { pattern: /(?:^|\/)\.git-credentials$/, kind: 'git credentials' },
  {
    pattern: /(?:^|\/)\.env(?:\.(?!example$|sample$|template$|dist$|defaults?$)[^/]+)?$/i,
    kind: 'environment file',
  },
  { pattern: /(?:^|\/)\.npmrc$/, kind: 'npm credentials file' },
  { pattern: /(?:^|\/)\.pypirc$/, kind: 'PyPI credentials file' },
  { pattern: /(?:^|\/)[._]netrc$/, kind: 'netrc credentials file' },
  { pattern: /(?:^|\/)\.aws(?:\/credentials)?$/, kind: 'AWS credentials' },
  { pattern: /(?:^|\/)\.docker\/config\.json$/, kind: 'Docker registry credentials' },
  { pattern: /(?:^|\/)\.kube\/config$/, kind: 'kubeconfig' },
  { pattern: /\.key$/i, kind: 'private key file' },
  { pattern: /\.(?:p12|pfx)$/i, kind: 'PKCS#12 key store' },
];

/** `.pem` files are often public certificates; only names that do not say so are treated as keys. */
const publicPem =
  /(?:^|[-_.])(?:ca|cacert|cert|certs|certificate|chain|fullchain|bundle|pub|public|root)(?:[-_.]|$)/i;

/**
 * What every pattern above (and the `.pem` check) needs somewhere in the path; most sources (`.`, `src/`,
 * `package.json`) have none of it and skip the fourteen patterns.
 */
const secretFragment =
  /(?:^|\/)(?:id_|\.ssh|\.gnupg|\.git|\.env|\.npmrc|\.pypirc|[._]netrc|\.aws|\.docker\/|\.kube\/)|\.(?:key|p12|pfx|pem)$/i;
const pemFile = /\.pem$/i;
const remoteSource = /^[a-z]+:\/\//i;
const leadingDotSlash = /^\.\//;
const trailingSlashes = /\/+$/;

function secretKind(source: string): string | undefined {
  const path = source.replace(leadingDotSlash, '').replace(trailingSlashes, '');
  if (!secretFragment.test(path)) return undefined;
  for (const file of secretFiles) if (file.pattern.test(path)) return file.kind;
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (pemFile.test(name) && !publicPem.test(name.slice(0, -4))) return 'PEM key file';
  return undefined;
}

export const secretFileCopied = defineRule({
  id: 'DF003',
  slug: 'secret-file-copied',
  title: 'Secret file copied into the image',
  severity: 'high',
  domain: 'dockerfile',
  target: 'dockerfile',
  appliesTo: ['Dockerfile'],
  rationale:
    'A key, credentials file or `.git` directory copied into a layer stays in the image, even when a later step ' +
    'deletes it: every layer can be extracted. In a builder stage it still lands in the build cache and in any ' +
    'image built with `--target`.',
  remediation:
    'Keep these files out of the build context (`.dockerignore`) and use `RUN --mount=type=secret` or ' +
    '`--mount=type=ssh` for what the build needs; give runtime credentials to the container at run time.',
  references: {
    trivy: ['DS-0031'],
    cis: ['docker-1.6:4.10'],
    mitre: ['T1552.001', 'T1552.004'],
    urls: ['https://docs.docker.com/build/building/secrets/'],
  },
  messages: {
    copied: '{{keyword}} copies {{source}} ({{kind}}) into the image',
    copiedInBuilder:
      '{{keyword}} copies {{source}} ({{kind}}) into build stage {{stage}}; the final image does not ship it, ' +
      'but the build cache keeps it',
  },
  *check(view) {
    const shipped = shippedStages(view);
    for (const stage of view.stages) {
      for (const instruction of stage.instructions) {
        if (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') continue;
        const path = instructionPath(view, instruction);
        for (const [index, source] of copySources(instruction).entries()) {
          // Most sources name no secret file, so that (pure) test goes first.
          const kind = secretKind(source);
          if (kind === undefined || hasVariable(source) || remoteSource.test(source)) continue;
          const data = { keyword: instruction.keyword, source, kind, stage: stage.name };
          const sourcePath = [...path, 'sources', index];
          if (shipped.has(stage.index)) yield violationAt('copied', data, instruction.range, sourcePath);
          else yield violationAt('copiedInBuilder', data, instruction.range, sourcePath, 'medium');
        }
      }
    }
  },
});
