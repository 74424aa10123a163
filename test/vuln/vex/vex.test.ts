import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Inventory, PackageRecord } from '../../../src/core/index.js';
import type { VexDocument } from '../../../src/vuln/index.js';
import {
  matchInventory,
  memoryDatabase,
  OsvRecord,
  parseVexDocument,
  productCovers,
} from '../../../src/vuln/index.js';

const database = memoryDatabase([
  OsvRecord.parse({
    id: 'GHSA-vexx-test-0001',
    modified: '2026-01-01T00:00:00Z',
    aliases: ['CVE-2026-7000'],
    affected: [
      {
        package: { ecosystem: 'npm', name: 'lodash' },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '4.17.21' }] }],
      },
    ],
  }),
  OsvRecord.parse({
    id: 'GHSA-vexx-test-0002',
    modified: '2026-01-01T00:00:00Z',
    aliases: ['CVE-2026-7001'],
    affected: [
      {
        package: { ecosystem: 'npm', name: 'lodash' },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '4.17.21' }] }],
      },
    ],
  }),
]);

const lodash: PackageRecord = {
  type: 'npm',
  name: 'lodash',
  version: '4.17.20',
  purl: 'pkg:npm/lodash@4.17.20',
  file: 'app/package-lock.json',
};
const inventory: Inventory = { packages: [lodash] };

function parsed(document: unknown, source: string): VexDocument {
  const result = parseVexDocument(JSON.stringify(document), source);
  if (!result.ok) throw new Error(result.error);
  return result.document;
}

function suppressions(documents: VexDocument[]) {
  return matchInventory(inventory, database, { vex: documents }).matches.map((match) => [
    match.id,
    match.vex ?? null,
  ]);
}

function statuses(documents: VexDocument[]) {
  return matchInventory(inventory, database, { vex: documents }).matches.map((match) => [
    match.id,
    match.vex?.status ?? null,
  ]);
}

describe('VEX', () => {
  it('OpenVEX: a not_affected statement naming the CVE and the package purl suppresses that match and keeps it', () => {
    const openVex = parsed(
      {
        '@context': 'https://openvex.dev/ns/v0.2.0',
        '@id': 'https://example.invalid/vex/1',
        author: 'Example',
        timestamp: '2026-01-01T00:00:00Z',
        version: 1,
        statements: [
          {
            vulnerability: { name: 'CVE-2026-7000' },
            products: [{ '@id': 'pkg:npm/lodash@4.17.20?repository_url=https://registry.example' }],
            status: 'not_affected',
            justification: 'vulnerable_code_not_in_execute_path',
            impact_statement: 'template() is never called',
          },
        ],
      },
      'app.openvex.json',
    );
    assert.equal(openVex.format, 'openvex');
    assert.deepEqual(suppressions([openVex]), [
      [
        'CVE-2026-7000',
        {
          source: 'app.openvex.json',
          status: 'not_affected',
          justification: 'vulnerable_code_not_in_execute_path',
          statement: 'template() is never called',
        },
      ],
      ['CVE-2026-7001', null],
    ]);
  });

  it('OpenVEX: a later affected statement, another version or another package does not suppress', () => {
    const document = parsed(
      {
        '@context': 'https://openvex.dev/ns/v0.2.0',
        statements: [
          {
            vulnerability: { name: 'CVE-2026-7000' },
            products: [{ '@id': 'pkg:npm/lodash' }],
            status: 'not_affected',
            justification: 'component_not_present',
          },
          {
            vulnerability: { name: 'CVE-2026-7000' },
            products: [{ '@id': 'pkg:npm/lodash@4.17.20' }],
            status: 'affected',
          },
          {
            vulnerability: { name: 'CVE-2026-7001' },
            products: [{ '@id': 'pkg:npm/lodash@4.17.19' }],
            status: 'not_affected',
          },
          {
            vulnerability: { name: 'CVE-2026-7001' },
            products: [{ '@id': 'pkg:npm/underscore@4.17.20' }],
            status: 'not_affected',
          },
        ],
      },
      'mixed.json',
    );
    assert.deepEqual(suppressions([document]), [
      ['CVE-2026-7000', null],
      ['CVE-2026-7001', null],
    ]);
  });

  it('OpenVEX: an image product covers its subcomponents, or the whole image when it lists none; ids may be URLs or aliases', () => {
    const document = parsed(
      {
        '@context': 'https://openvex.dev/ns/v0.2.0',
        statements: [
          {
            vulnerability: { '@id': 'https://nvd.nist.gov/vuln/detail/CVE-2026-7000' },
            products: [
              { '@id': 'pkg:oci/app@sha256%3Aabc', subcomponents: [{ '@id': 'pkg:npm/lodash@4.17.20' }] },
            ],
            status: 'fixed',
          },
          {
            vulnerability: { name: 'GHSA-vexx-test-0002' },
            products: [{ '@id': 'pkg:oci/app@sha256%3Aabc' }],
            status: 'not_affected',
            justification: 'inline_mitigations_already_exist',
          },
        ],
      },
      'image.vex.json',
    );
    assert.deepEqual(statuses([document]), [
      ['CVE-2026-7000', 'fixed'],
      ['CVE-2026-7001', 'not_affected'],
    ]);
  });

  it('OpenVEX 0.0.1: string vulnerability and products', () => {
    const document = parsed(
      {
        '@context': 'https://openvex.dev/ns',
        statements: [
          { vulnerability: 'CVE-2026-7001', products: ['pkg:npm/lodash@4.17.20'], status: 'not_affected' },
        ],
      },
      'old.json',
    );
    assert.deepEqual(statuses([document]), [
      ['CVE-2026-7000', null],
      ['CVE-2026-7001', 'not_affected'],
    ]);
  });

  it('CycloneDX VEX: not_affected by bom-ref, resolved by purl, in_triage leaves it reported', () => {
    const document = parsed(
      {
        bomFormat: 'CycloneDX',
        specVersion: '1.6',
        version: 1,
        components: [
          { 'bom-ref': 'lodash-ref', type: 'library', name: 'lodash', purl: 'pkg:npm/lodash@4.17.20' },
        ],
        vulnerabilities: [
          {
            id: 'CVE-2026-7000',
            analysis: {
              state: 'not_affected',
              justification: 'code_not_reachable',
              detail: 'only the CLI uses it',
            },
            affects: [{ ref: 'lodash-ref' }],
          },
          {
            id: 'GHSA-vexx-test-0002',
            analysis: { state: 'in_triage' },
            affects: [{ ref: 'urn:cdx:3e671687-395b-41f5-a30f-a58921a69b79/1#pkg:npm/lodash@4.17.20' }],
          },
        ],
      },
      'bom.vex.json',
    );
    assert.equal(document.format, 'cyclonedx');
    assert.deepEqual(suppressions([document]), [
      [
        'CVE-2026-7000',
        {
          source: 'bom.vex.json',
          status: 'not_affected',
          justification: 'code_not_reachable',
          statement: 'only the CLI uses it',
        },
      ],
      ['CVE-2026-7001', null],
    ]);
    const resolved = parsed(
      {
        bomFormat: 'CycloneDX',
        specVersion: '1.5',
        vulnerabilities: [
          {
            id: 'CVE-2026-7001',
            analysis: { state: 'resolved' },
            affects: [{ ref: 'urn:cdx:x/1#pkg:npm/lodash@4.17.20' }],
          },
        ],
      },
      'resolved.json',
    );
    assert.deepEqual(statuses([document, resolved]), [
      ['CVE-2026-7000', 'not_affected'],
      ['CVE-2026-7001', 'fixed'],
    ]);
  });

  it('rejects documents that are neither format, naming the source', () => {
    const notJson = parseVexDocument('{', 'broken.json');
    assert.ok(!notJson.ok);
    assert.match(notJson.error, /^broken\.json: not JSON/);
    const other = parseVexDocument('{"kind": "Pod"}', 'pod.json');
    assert.ok(!other.ok);
    assert.match(other.error, /neither OpenVEX/);
    const badStatus = parseVexDocument(
      JSON.stringify({
        '@context': 'https://openvex.dev/ns/v0.2.0',
        statements: [{ vulnerability: { name: 'CVE-1' }, status: 'maybe' }],
      }),
      'bad.json',
    );
    assert.ok(!badStatus.ok);
    assert.match(badStatus.error, /statements\.0\.status/);
  });

  it('compares purls ignoring qualifiers and subpath', () => {
    assert.equal(
      productCovers(
        'pkg:deb/debian/curl@7.88.1-10%2Bdeb12u5',
        'pkg:deb/debian/curl@7.88.1-10+deb12u5?arch=amd64&distro=debian-12',
      ),
      true,
    );
    assert.equal(productCovers('pkg:deb/debian/curl', 'pkg:deb/debian/curl@7.88.1?arch=amd64'), true);
    assert.equal(productCovers('pkg:deb/debian/curl@1', 'pkg:deb/debian/curl@2'), false);
    assert.equal(productCovers('pkg:deb/ubuntu/curl@1', 'pkg:deb/debian/curl@1'), false);
    assert.equal(productCovers('some-bom-ref', 'pkg:npm/x@1'), false);
  });
});
