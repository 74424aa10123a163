// The real Debian 12 image (built with mmdebstrap + umoci in the test setup) scanned end to end against the fixture
// vulnerability records. The expected vulnerabilities are derived here from the image's own dpkg status and the real
// `dpkg --compare-versions`, independently of Bulwark's comparers and inventory code.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { z } from 'zod';
import { runCli, tempDir } from '../support/cli.js';
import { file, tarOf, whiteout } from '../support/image-builder.js';
import { fromRoot } from '../support/paths.js';
import type { DebianImage } from '../support/real-images.js';
import { debianImage, debianTools, skipUnlessTools } from '../support/real-images.js';

const skip = skipUnlessTools([...debianTools, 'dpkg', 'tar']);
const githubToken = ['ghp_', 'R8mK2vQx9LpZ4tWb7NcY1sHd3FgJ6aUe5oXi'].join('');

interface InstalledPackage {
  name: string;
  version: string;
  source: string;
  sourceVersion: string;
}

function installedPackages(rootfsTar: string): InstalledPackage[] {
  const status = spawnSync('tar', ['-xOf', rootfsTar, './var/lib/dpkg/status'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.equal(status.status, 0, status.stderr);
  const packages: InstalledPackage[] = [];
  for (const paragraph of status.stdout.split(/\n\n+/)) {
    const field = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(paragraph)?.[1]?.trim();
    const name = field('Package');
    const version = field('Version');
    if (name === undefined || version === undefined || field('Status') !== 'install ok installed') continue;
    const source = /^(\S+)(?: \((.+)\))?$/.exec(field('Source') ?? name);
    packages.push({ name, version, source: source?.[1] ?? name, sourceVersion: source?.[2] ?? version });
  }
  return packages;
}

function dpkgLessThan(a: string, b: string): boolean {
  return spawnSync('dpkg', ['--compare-versions', a, 'lt', b]).status === 0;
}

const FixtureRecord = z.object({
  id: z.string(),
  withdrawn: z.string().optional(),
  affected: z.array(
    z.object({
      package: z.object({ ecosystem: z.string(), name: z.string() }),
      ranges: z.array(z.object({ events: z.array(z.record(z.string(), z.string())) })).default([]),
    }),
  ),
});

/** `record id / binary package` pairs the image must report, from dpkg's own comparison. */
function expectedMatches(packages: readonly InstalledPackage[]): string[] {
  const folder = fromRoot('test', 'fixtures', 'vulndb');
  const expected: string[] = [];
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.json'))) {
    const record = FixtureRecord.parse(JSON.parse(readFileSync(path.join(folder, file), 'utf8')));
    if (record.withdrawn !== undefined) continue;
    for (const affected of record.affected) {
      if (affected.package.ecosystem !== 'Debian:12') continue;
      for (const installed of packages) {
        if (installed.source !== affected.package.name) continue;
        const events = affected.ranges.flatMap((range) => range.events);
        const fixed = events.find((event) => event['fixed'] !== undefined)?.['fixed'];
        if (fixed === undefined || dpkgLessThan(installed.sourceVersion, fixed))
          expected.push(`${record.id} ${installed.name}`);
      }
    }
  }
  return [...new Set(expected)].sort();
}

const Report = z.object({
  image: z.object({ os: z.object({ id: z.string(), versionId: z.string() }), layers: z.array(z.unknown()) }),
  packages: z.array(z.object({ type: z.string(), name: z.string(), version: z.string(), purl: z.string() })),
  vulnerabilities: z.array(
    z.object({
      id: z.string(),
      records: z.array(z.string()),
      package: z.object({ name: z.string() }),
      status: z.string(),
    }),
  ),
  findings: z.array(z.object({ ruleId: z.string(), location: z.object({ layer: z.unknown().optional() }) })),
  errors: z.array(z.unknown()),
});

describe(
  'image: the real Debian 12 image against the fixture database (mmdebstrap, umoci, skopeo)',
  { skip },
  () => {
    let image: DebianImage;
    let database: string;
    let scratch: string;
    before(async () => {
      image = await debianImage();
      scratch = tempDir('image-e2e');
      database = path.join(scratch, 'vulndb.sqlite');
      const imported = runCli(['db', 'import', fromRoot('test', 'fixtures', 'vulndb'), '--db', database]);
      assert.equal(imported.status, 0, imported.stderr);
    });
    after(() => {
      spawnSync('rm', ['-rf', scratch]);
    });

    for (const form of ['ociLayout', 'ociArchive', 'dockerArchive'] as const) {
      test(`${form}: packages from dpkg, and exactly the fixture records its versions fall into`, () => {
        const target = form === 'ociLayout' ? `${image.ociLayout}:${image.tag}` : image[form];
        const result = runCli(['image', target, '--db', database, '--format', 'json', '--fail-on', 'none']);
        assert.equal(result.status, 0, result.stderr);
        const report = Report.parse(JSON.parse(result.stdout));
        assert.deepEqual(report.errors, []);
        assert.equal(report.image.os.id, 'debian');
        assert.equal(report.image.os.versionId, '12');
        const installed = installedPackages(image.rootfsTar);
        const debs = report.packages.filter((entry) => entry.type === 'deb');
        assert.deepEqual(
          debs.map((entry) => `${entry.name} ${entry.version}`).sort(),
          installed.map((entry) => `${entry.name} ${entry.version}`).sort(),
        );
        for (const entry of debs) assert.match(entry.purl, /^pkg:deb\/debian\/.+\?.*distro=debian-12/);
        const reported = report.vulnerabilities.flatMap((match) =>
          match.records.map((record) => `${record} ${match.package.name}`),
        );
        assert.deepEqual([...new Set(reported)].sort(), expectedMatches(installed));
        // Each vulnerability is a finding too, located in the layer that installed the package.
        const vulnerabilityFindings = report.findings.filter((finding) => finding.ruleId === 'VL001');
        assert.equal(vulnerabilityFindings.length, report.vulnerabilities.length);
        for (const finding of vulnerabilityFindings) assert.notEqual(finding.location.layer, undefined);
      });
    }

    test('a secret added on top of Debian and deleted in the next layer is reported as a fossil of its layer', async () => {
      const layout = path.join(scratch, 'fossil-layout');
      spawnSync('cp', ['-r', image.ociLayout, layout]);
      const secretTar = path.join(scratch, 'secret.tar');
      const whiteoutTar = path.join(scratch, 'whiteout.tar');
      writeFileSync(secretTar, await tarOf([file('/srv/app/.env', `GITHUB_TOKEN=${githubToken}\n`)]));
      writeFileSync(whiteoutTar, await tarOf([whiteout('/srv/app/.env')]));
      for (const [from, to, tar, step] of [
        [image.tag, 'with-secret', secretTar, 'COPY .env /srv/app/.env'],
        ['with-secret', 'fossil', whiteoutTar, 'RUN rm /srv/app/.env'],
      ] as const) {
        const added = spawnSync(
          'umoci',
          [
            'raw',
            'add-layer',
            '--image',
            `${layout}:${from}`,
            '--tag',
            to,
            '--history.created_by',
            step,
            tar,
          ],
          { encoding: 'utf8' },
        );
        assert.equal(added.status, 0, added.stderr);
      }
      const result = runCli([
        'image',
        `${layout}:fossil`,
        '--db',
        database,
        '--format',
        'json',
        '--fail-on',
        'none',
      ]);
      assert.equal(result.status, 0, result.stderr);
      const report = Report.parse(JSON.parse(result.stdout));
      const fossil = report.findings.find((finding) => finding.ruleId === 'IM015');
      assert.ok(fossil !== undefined, 'fossil reported');
      assert.ok(!result.stdout.includes(githubToken));
      const table = runCli(['image', `${layout}:fossil`, '--db', database, '--fail-on', 'none']);
      assert.match(table.stdout, /COPY \.env \/srv\/app\/\.env/);
      assert.match(table.stdout, /IM015/);
      assert.match(table.stdout, /VL001/);
    });

    test('the table names the image, its OS, its packages and its vulnerabilities', () => {
      const result = runCli([
        'image',
        `${image.ociLayout}:${image.tag}`,
        '--db',
        database,
        '--fail-on',
        'none',
      ]);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /Debian GNU\/Linux 12/);
      assert.match(result.stdout, /VL001/);
    });

    test('sbom: CycloneDX of the image lists every dpkg package, and scanning that SBOM finds the same vulnerabilities', () => {
      const sbomFile = path.join(scratch, 'debian.cdx.json');
      const sbom = runCli([
        'sbom',
        `${image.ociLayout}:${image.tag}`,
        '--format',
        'cyclonedx',
        '--output',
        sbomFile,
      ]);
      assert.equal(sbom.status, 0, sbom.stderr);
      const fromImage = Report.parse(
        JSON.parse(
          runCli([
            'image',
            `${image.ociLayout}:${image.tag}`,
            '--db',
            database,
            '--format',
            'json',
            '--fail-on',
            'none',
          ]).stdout,
        ),
      );
      const fromSbom = runCli([
        'image',
        '--sbom',
        sbomFile,
        '--db',
        database,
        '--format',
        'json',
        '--fail-on',
        'none',
      ]);
      assert.equal(fromSbom.status, 0, fromSbom.stderr);
      const sbomReport = z
        .object({ vulnerabilities: Report.shape.vulnerabilities })
        .parse(JSON.parse(fromSbom.stdout));
      const ids = (list: { id: string; package: { name: string } }[]) =>
        list.map((match) => `${match.id} ${match.package.name}`).sort();
      assert.deepEqual(ids(sbomReport.vulnerabilities), ids(fromImage.vulnerabilities));
    });
  },
);
