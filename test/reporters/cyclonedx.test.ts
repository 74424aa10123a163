import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { z } from 'zod';
import type { PackageRecord, Report } from '../../src/core/index.js';
import { createReport } from '../../src/core/index.js';
import { renderCycloneDx } from '../../src/reporters/cyclonedx/render.js';
import { fromRoot } from '../support/paths.js';
import { cycloneDxSchemaErrors } from './cyclonedx-schema.js';
import { fixtureReport, fixtureRules } from './fixture-report.js';
import { imageCreated, imageReport, imageRules } from './image-fixture-report.js';

/** The parts of a CycloneDX document these tests read; the schema check above covers the whole. */
const property = z.object({ name: z.string(), value: z.string() });
const component = z.object({
  type: z.string(),
  name: z.string(),
  group: z.string().optional(),
  version: z.string().optional(),
  'bom-ref': z.string().optional(),
  purl: z.string().optional(),
  description: z.string().optional(),
  hashes: z.array(z.object({ alg: z.string(), content: z.string() })).optional(),
  licenses: z
    .array(
      z.object({
        license: z.object({ id: z.string().optional(), name: z.string().optional() }).optional(),
        expression: z.string().optional(),
      }),
    )
    .optional(),
  properties: z.array(property).optional(),
});
const bom = z.object({
  serialNumber: z.string(),
  metadata: z.object({
    timestamp: z.string().optional(),
    tools: z.object({ components: z.array(component) }),
    component: component.optional(),
  }),
  components: z.array(component),
  dependencies: z.array(z.object({ ref: z.string(), dependsOn: z.array(z.string()).optional() })),
  vulnerabilities: z
    .array(
      z.object({
        id: z.string(),
        source: z.object({ name: z.string(), url: z.string() }),
        references: z.array(z.object({ id: z.string() })).optional(),
        ratings: z.array(
          z.object({
            score: z.number().optional(),
            severity: z.string(),
            method: z.string().optional(),
            vector: z.string().optional(),
          }),
        ),
        recommendation: z.string().optional(),
        analysis: z.object({
          state: z.string(),
          justification: z.string().optional(),
          detail: z.string().optional(),
        }),
        affects: z.array(
          z.object({
            ref: z.string(),
            versions: z.array(z.object({ version: z.string(), status: z.string() })),
          }),
        ),
      }),
    )
    .optional(),
});

/** `created: null` renders without a creation time. */
function render(report: Report = imageReport, created: string | null = imageCreated): string {
  return renderCycloneDx(report, {
    rules: imageRules,
    color: false,
    ...(created === null ? {} : { created }),
  });
}

function parse(text: string) {
  return bom.parse(JSON.parse(text));
}

function componentNamed(document: z.infer<typeof bom>, name: string, file?: string) {
  const found = document.components.find(
    (candidate) =>
      candidate.name === name &&
      (file === undefined || candidate.properties?.some((entry) => entry.value === file) === true),
  );
  if (found === undefined) return assert.fail(`no component ${name}`);
  return found;
}

function propertiesOf(entry: z.infer<typeof component>): Record<string, string> {
  return Object.fromEntries((entry.properties ?? []).map((item) => [item.name, item.value]));
}

describe('CycloneDX reporter', () => {
  it('writes documents that validate against the CycloneDX 1.6 JSON schema', () => {
    for (const golden of ['image-report.cyclonedx', 'report.cyclonedx']) {
      const document: unknown = JSON.parse(readFileSync(fromRoot('test', 'golden', golden), 'utf8'));
      assert.deepEqual(cycloneDxSchemaErrors(document), [], golden);
    }
    assert.deepEqual(cycloneDxSchemaErrors(JSON.parse(render(imageReport, null))), []);
  });

  it('the schema check rejects an invalid document', () => {
    const document = JSON.parse(render());
    document.components[0].type = 'gadget';
    document.serialNumber = 'urn:uuid:not-a-uuid';
    assert.ok(cycloneDxSchemaErrors(document).length >= 2);
  });

  it('describes the image as the subject: reference, digest as version and hash, tool and time', () => {
    const document = parse(render());
    assert.equal(document.metadata.timestamp, '2026-01-31T12:00:00.000Z');
    assert.deepEqual(
      document.metadata.tools.components.map((tool) => [tool.name, tool.version]),
      [['bulwark', '1.2.3']],
    );
    const subject = document.metadata.component;
    assert.equal(subject?.type, 'container');
    assert.equal(subject?.name, imageReport.image?.reference);
    assert.equal(subject?.version, imageReport.image?.manifestDigest);
    assert.deepEqual(subject?.hashes, [
      { alg: 'SHA-256', content: imageReport.image?.manifestDigest?.replace('sha256:', '') },
    ]);
  });

  it('omits the timestamp when no creation time is given, rather than reading a clock', () => {
    assert.equal(parse(render(imageReport, null)).metadata.timestamp, undefined);
  });

  it('lists the OS and every package with purl, unique bom-refs, licences and Bulwark properties', () => {
    const document = parse(render());
    const os = document.components.find((entry) => entry.type === 'operating-system');
    assert.deepEqual(
      [os?.name, os?.version, os?.description],
      ['debian', '12', 'Debian GNU/Linux 12 (bookworm)'],
    );
    const libraries = document.components.filter((entry) => entry.type === 'library');
    assert.equal(libraries.length, imageReport.packages?.length);
    const refs = document.components.map((entry) => entry['bom-ref']);
    assert.equal(new Set(refs).size, refs.length, 'bom-refs are unique');
    const libc6 = componentNamed(document, 'libc6');
    assert.equal(libc6['bom-ref'], libc6.purl);
    assert.deepEqual(propertiesOf(libc6), {
      'bulwark:file': '/var/lib/dpkg/status',
      'bulwark:layer:digest': 'sha256:4f1c2d3e4a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f',
      'bulwark:source-package': 'glibc',
      'bulwark:source-package:version': '2.36-9+deb12u4',
    });
    // Not an SPDX id: kept as a name; an SPDX id as an id; a valid compound expression as an expression.
    assert.deepEqual(libc6.licenses, [{ license: { name: 'GPL-2+' } }, { license: { id: 'LGPL-2.1+' } }]);
    assert.deepEqual(componentNamed(document, 'cryptography').licenses, [
      { expression: 'Apache-2.0 OR BSD-3-Clause' },
    ]);
    assert.equal(componentNamed(document, 'core').group, '@babel');
    const lodashRefs = libraries.filter((entry) => entry.name === 'lodash').map((entry) => entry['bom-ref']);
    assert.deepEqual(lodashRefs, [
      'pkg:npm/lodash@4.17.20',
      'pkg:npm/lodash@4.17.20|/app/node_modules/lodash/package.json',
    ]);
  });

  it('links the image to its OS and the OS to the distro packages', () => {
    const document = parse(render());
    const dependsOn = new Map(document.dependencies.map((entry) => [entry.ref, entry.dependsOn ?? []]));
    const image = dependsOn.get(`image:${imageReport.image?.reference}`) ?? [];
    assert.ok(image.includes('os:debian@12'));
    assert.ok(image.includes('pkg:pypi/cryptography@38.0.4'));
    assert.deepEqual(
      (dependsOn.get('os:debian@12') ?? []).map((ref) => ref.split('@')[0]),
      ['pkg:deb/debian/libc6', 'pkg:deb/debian/libssl3'],
    );
  });

  it('writes vulnerabilities VEX-style: ratings, recommendation, analysis, affected component', () => {
    const document = parse(render());
    const byId = new Map((document.vulnerabilities ?? []).map((entry) => [entry.id, entry]));
    const glibc = byId.get('CVE-2024-2961');
    assert.equal(glibc?.source.url, 'https://osv.dev/vulnerability/CVE-2024-2961');
    assert.deepEqual(glibc?.ratings, [
      {
        score: 8.8,
        severity: 'high',
        method: 'CVSSv31',
        vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
      },
    ]);
    assert.equal(glibc?.recommendation, 'Upgrade to 2.36-9+deb12u7');
    assert.deepEqual(glibc?.analysis, { state: 'exploitable' });
    assert.equal(glibc?.affects[0]?.ref, componentNamed(document, 'libc6')['bom-ref']);
    assert.deepEqual(glibc?.affects[0]?.versions, [{ version: '2.36-9+deb12u4', status: 'affected' }]);

    const openssl = byId.get('CVE-2023-5678');
    assert.equal(openssl?.ratings[0]?.method, 'CVSSv4');
    assert.equal(openssl?.recommendation, undefined, 'no fix, no recommendation');
    assert.equal(openssl?.analysis.state, 'not_affected');
    assert.equal(openssl?.analysis.justification, 'code_not_reachable');
    assert.match(openssl?.analysis.detail ?? '', /never generates or checks X9\.42 DH keys.*vex\/openssl/);
    assert.deepEqual(openssl?.affects[0]?.versions, [{ version: '3.0.11-1~deb12u2', status: 'unaffected' }]);

    const lodash = byId.get('CVE-2021-23337');
    assert.deepEqual(
      lodash?.references?.map((entry) => entry.id),
      ['GHSA-35jh-r3h4-6jhm'],
    );
    assert.equal(
      lodash?.affects[0]?.ref,
      componentNamed(document, 'lodash', '/app/node_modules/lodash/package.json')['bom-ref'],
      'the match points at the copy of the package it was found in',
    );
    assert.deepEqual(byId.get('GHSA-jfhm-5ghh-2f97')?.ratings, [{ severity: 'low' }]);
  });

  it('derives the serial number from the content: equal reports equal, any change another', () => {
    const first = parse(render()).serialNumber;
    assert.match(first, /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(parse(render(structuredClone(imageReport))).serialNumber, first);
    assert.notEqual(parse(render(imageReport, '2026-02-01T00:00:00Z')).serialNumber, first);
  });

  it('adds a package only a vulnerability names, and handles a report without an image', () => {
    const orphan: PackageRecord = {
      type: 'npm',
      name: 'minimist',
      version: '1.2.5',
      purl: 'pkg:npm/minimist@1.2.5',
      file: 'package-lock.json',
    };
    const report = createReport('1.2.3', [{ type: 'dockerfile', path: 'Dockerfile' }], [], [], {
      vulnerabilities: [
        {
          id: 'CVE-2021-44906',
          aliases: [],
          records: [],
          package: orphan,
          ecosystem: 'npm',
          installedVersion: '1.2.5',
          fixedVersion: '1.2.6',
          status: 'fixed',
          severity: 'critical',
        },
      ],
    });
    const text = renderCycloneDx(report, { rules: fixtureRules, color: false });
    assert.deepEqual(cycloneDxSchemaErrors(JSON.parse(text)), []);
    const document = parse(text);
    assert.equal(document.metadata.component, undefined);
    assert.deepEqual(
      document.components.map((entry) => entry['bom-ref']),
      ['pkg:npm/minimist@1.2.5'],
    );
    assert.equal(document.vulnerabilities?.[0]?.affects[0]?.ref, 'pkg:npm/minimist@1.2.5');
    assert.deepEqual(
      parse(renderCycloneDx(fixtureReport, { rules: fixtureRules, color: false })).components,
      [],
    );
  });
});
