// `bulwark image` end to end on a small hand-built image: a secret copied in one layer and deleted in the next (a
// fossil), an old glibc, an npm package, account files, a setuid binary and risky config; read as an OCI layout, as
// archives, from a real Docker registry (docker-registry) and from a real Docker engine (dockerd).
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { z } from 'zod';
import { runCli, tempDir } from '../support/cli.js';
import type { TestImage } from '../support/image-builder.js';
import {
  buildImage,
  file,
  indexEntry,
  truncateLayer,
  whiteout,
  writeDockerArchive,
  writeOciArchive,
  writeOciLayout,
} from '../support/image-builder.js';
import { fromRoot } from '../support/paths.js';
import { skipUnlessTools } from '../support/real-images.js';
import {
  dockerdTools,
  loadImage,
  pushImage,
  registryTools,
  startDockerd,
  startRegistry,
} from '../support/services.js';

const awsKey = ['AKIA', 'QX7ZB2LMN4RT5VW3'].join('');
const awsSecret = ['wJ9rXUtnFEMI', 'K7MDENGbPxRfiCYzq3Lk8vBnM2sT'].join('/');

const dpkgStatus = [
  'Package: libc6',
  'Status: install ok installed',
  'Architecture: amd64',
  'Source: glibc',
  'Version: 2.36-9+deb12u2',
  '',
  'Package: zlib1g',
  'Status: install ok installed',
  'Architecture: amd64',
  'Source: zlib',
  'Version: 1:1.2.13.dfsg-1',
  '',
].join('\n');

async function sampleImage(): Promise<TestImage> {
  return buildImage({
    config: { ExposedPorts: { '22/tcp': {} }, Env: ['PATH=/usr/bin'] },
    layers: [
      {
        createdBy: 'ADD rootfs.tar /',
        entries: [
          file(
            '/etc/os-release',
            'ID=debian\nVERSION_ID="12"\nPRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\n',
          ),
          file('/var/lib/dpkg/status', dpkgStatus),
          file('/etc/passwd', 'root:x:0:0:root:/root:/bin/bash\nguest:x:1000:1000::/home/guest:/bin/sh\n'),
          file('/etc/shadow', 'root:*:19000:0:99999:7:::\nguest::19000:0:99999:7:::\n', { mode: 0o640 }),
          file('/usr/bin/su', 'binary', { mode: 0o4755 }),
          file('/app/node_modules/minimist/package.json', '{"name":"minimist","version":"1.2.5"}'),
        ],
      },
      {
        createdBy: 'COPY credentials /root/.aws/credentials',
        entries: [
          file(
            '/root/.aws/credentials',
            `[default]\naws_access_key_id = ${awsKey}\naws_secret_access_key = ${awsSecret}\n`,
          ),
        ],
      },
      { createdBy: 'RUN rm /root/.aws/credentials', entries: [whiteout('/root/.aws/credentials')] },
    ],
  });
}

const Finding = z.object({
  ruleId: z.string(),
  status: z.string(),
  message: z.string(),
  suppression: z.object({ reason: z.string() }).optional(),
  location: z.object({
    file: z.string().optional(),
    path: z.string().optional(),
    startLine: z.number().optional(),
    layer: z.object({ digest: z.string(), createdBy: z.string().optional() }).optional(),
  }),
});
const Report = z.object({
  findings: z.array(Finding),
  errors: z.array(z.object({ message: z.string() })),
  vulnerabilities: z.array(z.object({ id: z.string(), status: z.string() })).optional(),
  packages: z.array(z.object({ name: z.string(), layer: z.object({ digest: z.string() }).optional() })),
});
type Report = z.infer<typeof Report>;

function scanJson(
  args: string[],
  env: Record<string, string> = {},
): { status: number; report: Report; stderr: string } {
  const result = runCli(['image', ...args, '--format', 'json'], { env });
  assert.ok(result.stdout !== '', result.stderr);
  return { status: result.status, report: Report.parse(JSON.parse(result.stdout)), stderr: result.stderr };
}

function ruleIds(report: Report): string[] {
  return [...new Set(report.findings.map((finding) => finding.ruleId))].sort();
}

describe('image command on a hand-built image', () => {
  let scratch: string;
  let image: TestImage;
  let layout: string;
  let database: string;
  before(async () => {
    scratch = tempDir('image-cli');
    image = await sampleImage();
    layout = path.join(scratch, 'layout');
    await writeOciLayout(layout, [indexEntry(image, { refName: 'v1' })]);
    database = path.join(scratch, 'vulndb.sqlite');
    const imported = runCli(['db', 'import', fromRoot('test', 'fixtures', 'vulndb'), '--db', database]);
    assert.equal(imported.status, 0, imported.stderr);
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  test('reports the fossil secret with its layer and history, vulnerabilities, accounts and config', () => {
    const { status, report } = scanJson([`${layout}:v1`, '--db', database]);
    assert.equal(status, 1);
    assert.deepEqual(report.errors, []);
    for (const id of ['IM001', 'IM007', 'IM008', 'IM010', 'IM015', 'VL001'])
      assert.ok(ruleIds(report).includes(id), id);
    const fossil = report.findings.find((finding) => finding.ruleId === 'IM015');
    assert.equal(fossil?.location.path, '/root/.aws/credentials');
    assert.equal(fossil?.location.layer?.digest, image.layers[1]?.digest);
    assert.equal(fossil?.location.layer?.createdBy, 'COPY credentials /root/.aws/credentials');
    assert.ok(!JSON.stringify(report).includes(awsSecret), 'the secret is masked everywhere');
    const vulnerable = report.findings
      .filter((finding) => finding.ruleId === 'VL001')
      .map((finding) => finding.message);
    assert.ok(vulnerable.some((message) => message.includes('CVE-2023-4911') && message.includes('libc6')));
    assert.ok(vulnerable.some((message) => message.includes('minimist')));
    const minimist = report.packages.find((entry) => entry.name === 'minimist');
    assert.equal(minimist?.layer?.digest, image.layers[0]?.digest);
  });

  test('the same findings from an oci-archive and from both docker save styles', async () => {
    const baseline = ruleIds(scanJson([`${layout}:v1`, '--db', database]).report);
    const ociArchive = path.join(scratch, 'image.oci.tar');
    await writeOciArchive(ociArchive, [indexEntry(image, { refName: 'v1' })]);
    assert.deepEqual(ruleIds(scanJson([ociArchive, '--db', database]).report), baseline);
    for (const style of ['legacy', 'oci'] as const) {
      const archive = path.join(scratch, `image.${style}.tar`);
      await writeDockerArchive(archive, image, { style, repoTags: [['local/sample:1']] });
      assert.deepEqual(ruleIds(scanJson([archive, '--db', database]).report), baseline, style);
    }
  });

  test('--ignore-unfixed leaves out the zlib vulnerability that has no fix', () => {
    const all = scanJson([`${layout}:v1`, '--db', database]).report;
    const fixedOnly = scanJson([`${layout}:v1`, '--db', database, '--ignore-unfixed']).report;
    assert.ok(all.vulnerabilities?.some((match) => match.status === 'no-fix'));
    assert.ok(fixedOnly.vulnerabilities?.every((match) => match.status === 'fixed'));
  });

  test('an OpenVEX not_affected statement suppresses the vulnerability with its justification', () => {
    const vex = path.join(scratch, 'vex.json');
    writeFileSync(
      vex,
      JSON.stringify({
        '@context': 'https://openvex.dev/ns/v0.2.0',
        '@id': 'https://example.test/vex/1',
        author: 'platform team',
        timestamp: '2026-01-01T00:00:00Z',
        version: 1,
        statements: [
          {
            vulnerability: { name: 'CVE-2023-4911' },
            products: [{ '@id': 'pkg:deb/debian/libc6' }],
            status: 'not_affected',
            justification: 'vulnerable_code_not_in_execute_path',
          },
        ],
      }),
    );
    const { report } = scanJson([`${layout}:v1`, '--db', database, '--vex', vex]);
    const glibc = report.findings.find(
      (finding) => finding.ruleId === 'VL001' && finding.message.includes('CVE-2023-4911'),
    );
    assert.equal(glibc?.status, 'suppressed');
    assert.match(glibc?.suppression?.reason ?? '', /vulnerable_code_not_in_execute_path/);
  });

  test('without a database the scan stops with exit 2 and says how to get one; --no-vulnerabilities scans anyway', () => {
    const missing = runCli(['image', `${layout}:v1`, '--db', path.join(scratch, 'none.sqlite')]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /db import/);
    const { report } = scanJson([`${layout}:v1`, '--no-vulnerabilities']);
    assert.ok(ruleIds(report).includes('IM015'));
    assert.ok(!ruleIds(report).includes('VL001'));
  });

  test('SARIF locates image findings by image, layer and file; CycloneDX carries the vulnerabilities', () => {
    const sarif = runCli(['image', `${layout}:v1`, '--db', database, '--format', 'sarif']);
    assert.match(sarif.stdout, new RegExp(image.layers[1]?.digest ?? 'missing'));
    const cyclonedx = runCli(['image', `${layout}:v1`, '--db', database, '--format', 'cyclonedx']);
    const bom = z
      .object({ bomFormat: z.literal('CycloneDX'), vulnerabilities: z.array(z.object({ id: z.string() })) })
      .parse(JSON.parse(cyclonedx.stdout));
    assert.ok(bom.vulnerabilities.some((entry) => entry.id === 'CVE-2023-4911'));
  });

  test('a truncated layer is an error naming the layer (exit 2), and the other layers are still reported', async () => {
    const broken = path.join(scratch, 'broken');
    await writeOciLayout(broken, [indexEntry(truncateLayer(image, 2), { refName: 'v1' })]);
    const { status, report } = scanJson([`${broken}:v1`, '--db', database]);
    assert.equal(status, 2);
    assert.ok(report.errors.some((error) => error.message.includes(image.layers[2]?.digest ?? 'missing')));
    assert.ok(ruleIds(report).includes('VL001'));
  });
});

describe(
  'image command against a real registry (docker-registry, skopeo)',
  { skip: skipUnlessTools([...registryTools]) },
  () => {
    let scratch: string;
    let stop: (() => Promise<void>) | undefined;
    test('pulls by tag through the Distribution API and reports the fossil', async () => {
      scratch = tempDir('image-registry');
      try {
        const image = await sampleImage();
        const layout = path.join(scratch, 'layout');
        await writeOciLayout(layout, [indexEntry(image, { refName: 'v1' })]);
        const registry = await startRegistry();
        stop = registry.stop;
        await pushImage(`${layout}:v1`, registry.host, 'team/sample:v1');
        const { report } = scanJson([`${registry.host}/team/sample:v1`, '--no-vulnerabilities']);
        assert.deepEqual(report.errors, []);
        assert.ok(ruleIds(report).includes('IM015'));
      } finally {
        await stop?.();
        rmSync(scratch, { recursive: true, force: true });
      }
    });
  },
);

describe(
  'image command against a real Docker engine (dockerd)',
  { skip: skipUnlessTools([...dockerdTools]) },
  () => {
    test('docker:NAME streams the saved image through the Engine API (DOCKER_HOST honoured)', async () => {
      const scratch = tempDir('image-engine');
      const engine = await startDockerd();
      try {
        const image = await sampleImage();
        const archive = path.join(scratch, 'sample.tar');
        await writeDockerArchive(archive, image, { style: 'legacy', repoTags: [['local/sample:1']] });
        await loadImage(engine.socketPath, archive);
        const { report } = scanJson(['docker:local/sample:1', '--no-vulnerabilities'], {
          DOCKER_HOST: engine.host,
        });
        assert.deepEqual(report.errors, []);
        assert.ok(ruleIds(report).includes('IM015'));
        assert.ok(ruleIds(report).includes('IM010'));
      } finally {
        await engine.stop();
        rmSync(scratch, { recursive: true, force: true });
      }
    });
  },
);
