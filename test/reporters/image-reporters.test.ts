import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PackageRecord, Report } from '../../src/core/index.js';
import { createReport } from '../../src/core/index.js';
import { renderHtml } from '../../src/reporters/html/render.js';
import { renderJunit } from '../../src/reporters/junit.js';
import { renderSarif } from '../../src/reporters/sarif.js';
import { layerLabel, renderTable, shortDigest } from '../../src/reporters/table.js';
import { imageReference, imageRenderOptions, imageReport } from './image-fixture-report.js';
import { sarifLog } from './sarif-schema.js';

/** The existing reporters on an image report: layers and in-image paths where files and lines would be. */

function resultsOf(report: Report = imageReport) {
  const parsed = sarifLog.safeParse(JSON.parse(renderSarif(report, imageRenderOptions())));
  if (!parsed.success)
    return assert.fail(`not valid SARIF 2.1.0:\n${JSON.stringify(parsed.error.issues, null, 2)}`);
  return parsed.data.runs?.[0]?.results ?? [];
}

function resultFor(ruleId: string) {
  const result = resultsOf().find((candidate) => candidate.ruleId === ruleId);
  if (result === undefined) return assert.fail(`no result for ${ruleId}`);
  return result;
}

describe('image findings in SARIF', () => {
  it('points at the image with the layer and the file in it as logical locations, and no region', () => {
    const secret = resultFor('IM001');
    const location = secret.locations?.[0];
    assert.deepEqual(location?.physicalLocation?.artifactLocation, {
      uri: 'registry.example.com/shop/api%3A1.4.2',
      uriBaseId: '%SRCROOT%',
    });
    assert.equal(
      location?.physicalLocation?.region,
      undefined,
      'line 3 is a line of /app/.env, not of the reference',
    );
    const digest = 'sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';
    assert.deepEqual(location?.logicalLocations, [
      { name: imageReference, fullyQualifiedName: `Image/${imageReference}`, kind: 'resource' },
      { name: 'sha256:0123456789ab', fullyQualifiedName: digest, kind: 'module' },
      { name: '/app/.env', fullyQualifiedName: `${digest}/app/.env`, kind: 'resource' },
    ]);
    assert.deepEqual(secret.properties, {
      severity: 'critical',
      resource: `Image/${imageReference}`,
      layerDigest: digest,
      layerCreatedBy: 'COPY . /app # buildkit',
      imagePath: '/app/.env',
      imageLine: '3',
    });
  });

  it('keeps a config finding (no layer) as a field path of the image', () => {
    const root = resultFor('IM003');
    assert.equal(root.locations?.[0]?.logicalLocations?.length, 1);
    assert.equal(root.properties?.['fieldPath'], 'config.User');
    assert.equal(root.properties?.['layerDigest'], undefined);
  });
});

describe('image reports in the table', () => {
  const table = renderTable(imageReport, imageRenderOptions());

  it('starts with what was scanned: reference, digest, OS, layers, packages, vulnerabilities', () => {
    assert.deepEqual(table.split('\n').slice(0, 6), [
      `Image ${imageReference}`,
      '  digest           sha256:5e6f7a8b9c0d (linux/amd64)',
      '  os               Debian GNU/Linux 12 (bookworm)',
      '  layers           3',
      '  packages         6',
      '  vulnerabilities  0 critical, 2 high, 0 medium, 1 low, 0 info; 1 not affected (VEX)',
    ]);
    assert.ok(table.endsWith('1 image scanned\n'));
    assert.ok(table.includes('Notes\n  the vulnerability database is 9 days old'));
  });

  it('shows the file in the image and its layer instead of a line number', () => {
    assert.match(table, /\n {2}\/app\/\.env:3 +CRITICAL IM001 {2}AWS access key/);
    assert.match(table, /\n +layer sha256:0123456789ab \(COPY \. \/app # buildkit\)\n/);
    assert.match(
      table,
      /\n {2}-:- +HIGH +IM003 .*\n +Image\/registry\.example\.com\/shop\/api:1\.4\.2 config\.User\n/,
    );
  });

  it('prints no image header for a scan of files', () => {
    const files = createReport('1.2.3', [{ type: 'dockerfile', path: 'Dockerfile' }], [], []);
    assert.equal(
      renderTable(files, imageRenderOptions()),
      'No findings.\n0 critical, 0 high, 0 medium, 0 low, 0 info; 0 suppressed; 0 errors; 1 file scanned\n',
    );
  });

  it('shortens digests and layer steps', () => {
    assert.equal(shortDigest(`sha256:${'ab'.repeat(32)}`), 'sha256:abababababab');
    assert.equal(shortDigest('sha256:short'), 'sha256:short');
    assert.equal(layerLabel({ digest: `sha256:${'0'.repeat(64)}` }), 'layer sha256:000000000000');
    const long = layerLabel({ digest: `sha256:${'0'.repeat(64)}`, createdBy: `RUN ${'x'.repeat(200)}` }, 20);
    assert.equal(long, `layer sha256:000000000000 (RUN ${'x'.repeat(15)}…)`);
  });
});

describe('image reports in JUnit', () => {
  const xml = renderJunit(imageReport, imageRenderOptions());

  it('groups the image findings in one suite named by the reference', () => {
    const suites = [...xml.matchAll(/<testsuite name="(?<name>[^"]*)" tests="(?<tests>\d+)"/g)];
    assert.deepEqual(
      suites.map((match) => [match.groups?.['name'], match.groups?.['tests']]),
      [[imageReference, '6']],
    );
  });

  it('names the file and layer of a finding, and writes no line attribute for a line inside the image', () => {
    const secret = /<testcase name="IM001[^>]*>/.exec(xml)?.[0] ?? '';
    assert.ok(secret.includes('(/app/.env:3 in layer sha256:0123456789ab)'));
    assert.ok(!secret.includes(' line='));
    assert.ok(xml.includes('layer sha256:0123456789ab (COPY . /app # buildkit)\n'));
    assert.ok(xml.includes(`<testcase name="input error (${imageReference})"`), 'line 0 is not printed');
  });
});

describe('image reports in HTML', () => {
  const page = renderHtml(imageReport, imageRenderOptions());

  it('adds image, vulnerability and package sections, and counts the image as scanned', () => {
    for (const id of ['image', 'notes', 'findings', 'vulnerabilities', 'packages'])
      assert.ok(page.includes(`<section id="${id}"`), id);
    assert.ok(page.includes('1 image scanned'));
    assert.ok(page.includes('<h2 id="vulnerabilities-title">Vulnerabilities (4)</h2>'));
    assert.ok(page.includes('<h2 id="packages-title">Packages (6)</h2>'));
    assert.ok(page.includes('<h3>Layers (3)</h3>'));
    assert.ok(
      page.includes(
        '<a class="rule-id" href="https://osv.dev/vulnerability/CVE-2024-2961" rel="noopener noreferrer" target="_blank">CVE-2024-2961</a>',
      ),
    );
    assert.ok(page.includes('not affected (VEX vex/openssl.openvex.json)'));
  });

  it('shows a finding inside the image by its file and layer', () => {
    assert.ok(page.includes('<div class="path"><code>/app/.env:3</code></div><div class="layer"'));
  });

  it('escapes what packages and vulnerabilities bring', () => {
    const hostile: PackageRecord = {
      type: 'npm',
      name: '<img src=x onerror=alert(1)>',
      version: '1.0.0"><script>',
      purl: 'pkg:npm/x@1',
      file: '/app/<b>.json',
    };
    const report = createReport('1.2.3', [{ type: 'image', path: 'img' }], [], [], {
      image: { reference: '<script>alert(1)</script>', layers: [{ digest: 'sha256:x', createdBy: '<i>' }] },
      packages: [hostile],
      vulnerabilities: [
        {
          id: 'javascript:alert(1)',
          aliases: [],
          records: [],
          package: hostile,
          ecosystem: 'npm',
          installedVersion: hostile.version,
          status: 'no-fix',
          severity: 'low',
          summary: '<script>x</script>',
        },
      ],
    });
    const text = renderHtml(report, imageRenderOptions());
    assert.ok(!text.includes('<img src=x'));
    assert.ok(!text.includes('<script>alert(1)'));
    assert.ok(!text.includes('<script>x'));
    assert.ok(!text.includes('<i>'));
    assert.equal([...text.matchAll(/<script>/g)].length, 1, 'only the page script');
  });
});
