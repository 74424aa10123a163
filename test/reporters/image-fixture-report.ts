import type {
  Finding,
  LayerRef,
  Location,
  PackageRecord,
  Report,
  RuleMeta,
  Suppression,
  VulnerabilityMatch,
} from '../../src/core/index.js';
import { createReport, fingerprintOf } from '../../src/core/index.js';
import type { SbomRenderOptions } from '../../src/reporters/index.js';

/**
 * The fixed image report every image golden renders: a Debian image of three layers with distro, npm and Python
 * packages (one npm package installed twice, licences that are and are not SPDX), vulnerabilities with CVSS 3.1 and
 * 4.0 and without CVSS, one suppressed by VEX, and image findings with a layer and a line, with a layer and no line,
 * without a layer, and suppressed. The creation time is fixed, as the CLI's clock would be.
 */

export const imageCreated = '2026-01-31T12:00:00Z';

export function imageRenderOptions(color = false): SbomRenderOptions {
  return { rules: imageRules, color, created: imageCreated };
}

function rule(meta: Omit<RuleMeta, 'messages' | 'appliesTo' | 'target'>): RuleMeta {
  return { appliesTo: ['Image'], target: 'image', ...meta, messages: { default: meta.title } };
}

export const imageRules: readonly RuleMeta[] = [
  rule({
    id: 'IM001',
    slug: 'secret-in-layer',
    title: 'Secret stored in an image layer',
    severity: 'critical',
    domain: 'image',
    rationale: 'Every layer ships with the image; a secret in any of them is readable by whoever pulls it.',
    remediation:
      'Pass secrets with `RUN --mount=type=secret`; deleting the file in a later layer does not remove it.',
    references: { mitre: ['T1552.001'] },
  }),
  rule({
    id: 'IM002',
    slug: 'setuid-binary',
    title: 'Setuid or setgid binary',
    severity: 'medium',
    domain: 'image',
    rationale: 'A setuid binary is a ready path from any user in the container to root.',
    remediation: 'Remove the setuid bit (`chmod u-s`) from binaries the workload does not need.',
    references: { cis: ['docker-1.6:4.8'] },
  }),
  rule({
    id: 'IM003',
    slug: 'runs-as-root',
    title: 'Image runs as root',
    severity: 'high',
    domain: 'image',
    rationale: 'A process running as root in the container is root on the host once it escapes.',
    remediation: 'Set `USER` to a non-root uid in the Dockerfile.',
    references: { cis: ['docker-1.6:4.1'], hadolint: ['DL3002'] },
  }),
  rule({
    id: 'IM004',
    slug: 'package-cache-left',
    title: 'Package manager cache left in the image',
    severity: 'low',
    domain: 'image',
    rationale: 'Caches make the image larger and ship package archives nobody runs.',
    remediation: 'Clean the cache in the same `RUN` that installs (`rm -rf /var/lib/apt/lists/*`).',
    references: {},
  }),
  rule({
    id: 'VL001',
    slug: 'vulnerable-package',
    title: 'Package with a known vulnerability',
    severity: 'high',
    domain: 'vulnerability',
    rationale: 'A published vulnerability in an installed package is the first thing an attacker tries.',
    remediation: 'Upgrade the package to the fixed version, or rebuild on a patched base image.',
    references: {},
  }),
];

export const imageReference = 'registry.example.com/shop/api:1.4.2';

const base: LayerRef = {
  digest: 'sha256:4f1c2d3e4a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f',
  createdBy: '/bin/sh -c #(nop) ADD file:9b8c7d6e5f4a3b2c1d0e in / ',
};
const install: LayerRef = {
  digest: 'sha256:9a8b7c6d5e4f30211f2e3d4c5b6a79880a1b2c3d4e5f60718293a4b5c6d7e8f9',
  createdBy: 'RUN /bin/sh -c apt-get update && apt-get install -y python3-cryptography # buildkit',
};
const app: LayerRef = {
  digest: 'sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
  createdBy: 'COPY . /app # buildkit',
};

const dpkgStatus = '/var/lib/dpkg/status';

const libc6: PackageRecord = {
  type: 'deb',
  name: 'libc6',
  version: '2.36-9+deb12u4',
  source: { name: 'glibc', version: '2.36-9+deb12u4' },
  arch: 'amd64',
  licenses: ['GPL-2+', 'LGPL-2.1+'],
  purl: 'pkg:deb/debian/libc6@2.36-9%2Bdeb12u4?arch=amd64&distro=debian-12',
  file: dpkgStatus,
  layer: base,
};
const libssl3: PackageRecord = {
  type: 'deb',
  name: 'libssl3',
  version: '3.0.11-1~deb12u2',
  source: { name: 'openssl' },
  arch: 'amd64',
  licenses: ['Apache-2.0'],
  purl: 'pkg:deb/debian/libssl3@3.0.11-1~deb12u2?arch=amd64&distro=debian-12&upstream=openssl',
  file: dpkgStatus,
  layer: base,
};
const cryptography: PackageRecord = {
  type: 'pypi',
  name: 'cryptography',
  version: '38.0.4',
  licenses: ['Apache-2.0 OR BSD-3-Clause'],
  purl: 'pkg:pypi/cryptography@38.0.4',
  file: '/usr/lib/python3/dist-packages/cryptography-38.0.4.egg-info/PKG-INFO',
  layer: install,
};
const lodash: PackageRecord = {
  type: 'npm',
  name: 'lodash',
  version: '4.17.20',
  licenses: ['MIT'],
  purl: 'pkg:npm/lodash@4.17.20',
  file: '/app/node_modules/lodash/package.json',
  layer: app,
};
const nestedLodash: PackageRecord = {
  ...lodash,
  file: '/app/node_modules/legacy-widget/node_modules/lodash/package.json',
};
const babelCore: PackageRecord = {
  type: 'npm',
  name: 'core',
  namespace: '@babel',
  version: '7.23.2',
  licenses: ['MIT'],
  purl: 'pkg:npm/%40babel/core@7.23.2',
  file: '/app/node_modules/@babel/core/package.json',
  layer: app,
};

const packages: PackageRecord[] = [lodash, libc6, cryptography, nestedLodash, libssl3, babelCore];

const vulnerabilities: VulnerabilityMatch[] = [
  {
    id: 'CVE-2024-2961',
    aliases: [],
    records: ['CVE-2024-2961', 'DEBIAN-CVE-2024-2961'],
    package: libc6,
    ecosystem: 'Debian:12',
    installedVersion: libc6.version,
    fixedVersion: '2.36-9+deb12u7',
    status: 'fixed',
    severity: 'high',
    cvss: { version: '3.1', vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', baseScore: 8.8 },
    summary: 'glibc iconv() out-of-bounds write converting to ISO-2022-CN-EXT',
  },
  {
    id: 'CVE-2021-23337',
    aliases: ['GHSA-35jh-r3h4-6jhm'],
    records: ['GHSA-35jh-r3h4-6jhm'],
    package: lodash,
    ecosystem: 'npm',
    installedVersion: lodash.version,
    fixedVersion: '4.17.21',
    status: 'fixed',
    severity: 'high',
    cvss: { version: '3.1', vector: 'CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H', baseScore: 7.2 },
    summary: 'Command injection in lodash template',
  },
  {
    id: 'CVE-2023-5678',
    aliases: [],
    records: ['CVE-2023-5678', 'DEBIAN-CVE-2023-5678'],
    package: libssl3,
    ecosystem: 'Debian:12',
    installedVersion: libssl3.version,
    status: 'no-fix',
    severity: 'medium',
    cvss: {
      version: '4.0',
      vector: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:L/SC:N/SI:N/SA:N',
      baseScore: 6.9,
    },
    summary: 'Excessive time spent generating or checking X9.42 DH keys',
    vex: {
      source: 'vex/openssl.openvex.json',
      status: 'not_affected',
      justification: 'vulnerable_code_not_in_execute_path',
      statement: 'The service never generates or checks X9.42 DH keys.',
    },
  },
  {
    id: 'GHSA-jfhm-5ghh-2f97',
    aliases: ['PYSEC-2023-112'],
    records: ['GHSA-jfhm-5ghh-2f97'],
    package: cryptography,
    ecosystem: 'PyPI',
    installedVersion: cryptography.version,
    fixedVersion: '41.0.2',
    status: 'fixed',
    severity: 'low',
    summary: 'cryptography vulnerable to NULL-dereference when loading PKCS7 certificates',
  },
];

interface FindingInput {
  ruleId: string;
  message: string;
  location: Omit<Location, 'file'>;
  anchor: string;
  suppression?: Suppression;
}

function finding(input: FindingInput): Finding {
  const meta = imageRules.find((candidate) => candidate.id === input.ruleId);
  if (meta === undefined) throw new Error(`fixture uses unknown rule ${input.ruleId}`);
  return {
    ruleId: meta.id,
    slug: meta.slug,
    severity: meta.severity,
    title: meta.title,
    messageId: 'default',
    message: input.message,
    location: { file: imageReference, ...input.location },
    resource: { kind: 'Image', name: imageReference },
    references: meta.references,
    status: input.suppression === undefined ? 'fail' : 'suppressed',
    ...(input.suppression === undefined ? {} : { suppression: input.suppression }),
    fingerprint: fingerprintOf(meta.id, `image:${imageReference}`, input.anchor),
  };
}

const findings: Finding[] = [
  finding({
    ruleId: 'IM001',
    message:
      'AWS access key in /app/.env (AKIA…MPLE, masked), still shipped although a later layer deleted it',
    location: { startLine: 3, path: '/app/.env', layer: app },
    anchor: '/app/.env:3',
  }),
  finding({
    ruleId: 'IM002',
    message: '/usr/bin/newgrp is setuid root',
    location: { path: '/usr/bin/newgrp', layer: base },
    anchor: '/usr/bin/newgrp',
  }),
  finding({
    ruleId: 'IM003',
    message: 'the image config sets no USER, so containers run as root',
    location: { path: 'config.User' },
    anchor: 'config.User',
  }),
  finding({
    ruleId: 'IM004',
    message: 'apt lists left in /var/lib/apt/lists (41 files)',
    location: { path: '/var/lib/apt/lists', layer: install },
    anchor: '/var/lib/apt/lists',
    suppression: { source: 'config', reason: 'base image from the platform team; tracked in PLAT-77' },
  }),
  finding({
    ruleId: 'VL001',
    message: 'libc6 2.36-9+deb12u4 has CVE-2024-2961 (high); fixed in 2.36-9+deb12u7',
    location: { path: dpkgStatus, layer: base },
    anchor: 'CVE-2024-2961/libc6',
  }),
];

export const imageReport: Report = createReport(
  '1.2.3',
  [{ type: 'image', path: imageReference }],
  findings,
  [
    {
      file: imageReference,
      line: 0,
      message: `layer ${install.digest}: tar entry "usr/share/doc/libssl3/changelog.gz" is truncated; the rest was read`,
    },
  ],
  {
    image: {
      reference: imageReference,
      manifestDigest: 'sha256:5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f',
      configDigest: 'sha256:aa11bb22cc33dd44ee55ff6600aa11bb22cc33dd44ee55ff6600aa11bb22cc33',
      platform: 'linux/amd64',
      os: {
        id: 'debian',
        versionId: '12',
        versionCodename: 'bookworm',
        prettyName: 'Debian GNU/Linux 12 (bookworm)',
      },
      layers: [base, install, app],
    },
    packages,
    vulnerabilities,
    notes: ['the vulnerability database is 9 days old (updated 2026-01-22); run `bulwark db update`'],
  },
);
