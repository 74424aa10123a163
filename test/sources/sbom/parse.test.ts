import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { PackageRecord } from '../../../src/core/index.js';
import { comparePackages } from '../../../src/core/index.js';
import { renderCycloneDx } from '../../../src/reporters/cyclonedx/render.js';
import { renderSpdx } from '../../../src/reporters/spdx/render.js';
import { parseSbom } from '../../../src/sources/sbom/parse.js';
import { imageRenderOptions, imageReport } from '../../reporters/image-fixture-report.js';
import { fromRoot } from '../../support/paths.js';

function fixture(name: string): string {
  return readFileSync(fromRoot('test', 'fixtures', 'sbom', name), 'utf8');
}

/** The 1-based line of the first line of `text` that contains `part`. */
function lineOf(text: string, part: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(part));
  assert.ok(index >= 0, `fixture has no line with ${part}`);
  return index + 1;
}

/** What an SBOM can carry back: identity, source, where it was recorded. */
function identity(pkg: PackageRecord) {
  return {
    type: pkg.type,
    namespace: pkg.namespace,
    name: pkg.name,
    version: pkg.version,
    purl: pkg.purl,
    source: pkg.source,
    arch: pkg.arch,
    file: pkg.file,
    layer: pkg.layer?.digest,
  };
}

const expected = [...(imageReport.packages ?? [])].sort(comparePackages).map(identity);

describe('parseSbom: round trip of Bulwark’s own documents', () => {
  for (const [format, render] of [
    ['cyclonedx', renderCycloneDx],
    ['spdx', renderSpdx],
  ] as const) {
    it(`${format}: the inventory comes back with names, versions, purls, sources, files and layers`, () => {
      const parsed = parseSbom(render(imageReport, imageRenderOptions()), `image.${format}.json`);
      assert.equal(parsed.format, format);
      assert.deepEqual(parsed.errors, []);
      assert.deepEqual(parsed.skipped, []);
      assert.deepEqual(parsed.inventory.packages.map(identity), expected);
      assert.deepEqual(parsed.inventory.os, {
        id: 'debian',
        versionId: '12',
        prettyName: 'Debian GNU/Linux 12 (bookworm)',
      });
    });
  }

  it('keeps the licences CycloneDX names, and those SPDX can express', () => {
    const fromCycloneDx = parseSbom(renderCycloneDx(imageReport, imageRenderOptions()), 'bom.json');
    const fromSpdx = parseSbom(renderSpdx(imageReport, imageRenderOptions()), 'bom.json');
    const licences = (packages: readonly PackageRecord[], name: string) =>
      packages.find((pkg) => pkg.name === name)?.licenses;
    assert.deepEqual(licences(fromCycloneDx.inventory.packages, 'libc6'), ['GPL-2+', 'LGPL-2.1+']);
    assert.deepEqual(licences(fromCycloneDx.inventory.packages, 'cryptography'), [
      'Apache-2.0 OR BSD-3-Clause',
    ]);
    assert.equal(licences(fromSpdx.inventory.packages, 'libc6'), undefined, 'NOASSERTION is no licence');
    assert.deepEqual(licences(fromSpdx.inventory.packages, 'cryptography'), ['Apache-2.0 OR BSD-3-Clause']);
  });
});

describe('parseSbom: CycloneDX from other tools', () => {
  const text = fixture('cyclonedx-1.4-nested.json');
  const parsed = parseSbom(text, 'sbom/alpine.cdx.json');

  it('reads nested components and those under the BOM subject; the OS from its component', () => {
    assert.equal(parsed.format, 'cyclonedx');
    assert.deepEqual(parsed.errors, []);
    assert.deepEqual(parsed.inventory.os, {
      id: 'alpine',
      versionId: '3.19.1',
      prettyName: 'Alpine Linux v3.19',
    });
    assert.deepEqual(
      parsed.inventory.packages.map(
        (pkg) => `${pkg.type} ${pkg.namespace ?? '-'} ${pkg.name} ${pkg.version}`,
      ),
      [
        'apk - busybox 1.36.1-r15',
        'apk - musl 1.2.4_git20230717-r4',
        'golang - github.com/sirupsen/logrus v1.9.3',
        'maven org.apache.logging.log4j log4j-core 2.14.1',
        'npm - left-pad 1.3.0',
        'npm - storefront 2.1.0',
        'npm @acme scoped 0.4.0',
      ],
    );
  });

  it('takes the source package from the purl `upstream` qualifier or another scanner’s properties', () => {
    const byName = new Map(parsed.inventory.packages.map((pkg) => [pkg.name, pkg]));
    assert.deepEqual(byName.get('musl')?.source, { name: 'musl', version: '1.2.4_git20230717-r4' });
    assert.deepEqual(byName.get('busybox')?.source, { name: 'busybox', version: '1.36.1-r15' });
    assert.equal(byName.get('busybox')?.layer?.digest, `sha256:${'1'.repeat(64)}`);
    assert.equal(byName.get('busybox')?.arch, 'x86_64');
    assert.equal(byName.get('busybox')?.file, 'sbom/alpine.cdx.json', 'the SBOM is where it was recorded');
    assert.equal(byName.get('scoped')?.version, '0.4.0', 'version from the purl when the component has none');
    assert.deepEqual(byName.get('log4j-core')?.licenses, ['Apache-2.0']);
    assert.deepEqual(byName.get('left-pad')?.licenses, ['WTFPL License']);
  });

  it('skips entries that are no package it can use, each with its line and why', () => {
    assert.deepEqual(parsed.skipped, [
      { line: lineOf(text, 'no-purl-here'), message: 'component "no-purl-here" has no purl; skipped' },
      {
        line: lineOf(text, 'Newtonsoft'),
        message:
          'component "Newtonsoft.Json" has purl type "nuget", which Bulwark does not inventory; skipped',
      },
      {
        line: lineOf(text, '"name": 42'),
        message: 'component is malformed (name: expected string, received number); skipped',
      },
      {
        line: lineOf(text, 'broken-purl'),
        message:
          'component "broken-purl" has an invalid purl "pkg:": Invalid purl: "type" is a required component; skipped',
      },
    ]);
  });
});

describe('parseSbom: SPDX 2.2 from other tools', () => {
  const text = fixture('spdx-2.2.json');
  const parsed = parseSbom(text, 'sbom/app.spdx.json');

  it('reads packages by their PACKAGE_MANAGER purl and their declared licence', () => {
    assert.equal(parsed.format, 'spdx');
    assert.deepEqual(parsed.errors, []);
    assert.equal(parsed.inventory.os, undefined);
    assert.deepEqual(
      parsed.inventory.packages.map((pkg) => [pkg.purl, pkg.licenses]),
      [
        ['pkg:pypi/requests@2.31.0', ['Apache-2.0']],
        ['pkg:pypi/urllib3@1.26.18', undefined],
      ],
    );
  });

  it('skips a package without a purl and a malformed one, by line', () => {
    assert.deepEqual(parsed.skipped, [
      {
        line: lineOf(text, 'SPDXRef-File-app'),
        message: 'package "app.py" (SPDXRef-File-app) has no purl; skipped',
      },
      {
        line: lineOf(text, 'SPDXRef-Package-bad'),
        message: 'package is malformed (name: expected string, received undefined); skipped',
      },
    ]);
  });
});

describe('parseSbom: documents it cannot read', () => {
  function errorOf(text: string) {
    const parsed = parseSbom(text, 'x.json');
    assert.deepEqual(parsed.inventory, { packages: [] });
    assert.equal(parsed.errors.length, 1);
    return parsed.errors[0];
  }

  it('says where JSON breaks', () => {
    const error = errorOf('{\n  "bomFormat": "CycloneDX",\n  "specVersion": "1.6",,\n}');
    assert.equal(error?.line, 3);
    assert.match(error?.message ?? '', /^not valid JSON: /);
    assert.match(errorOf('<?xml version="1.0"?><bom/>')?.message ?? '', /XML SBOMs are not supported/);
  });

  it('names neither format, unsupported versions, SPDX 3 and broken headers', () => {
    assert.match(errorOf('[]')?.message ?? '', /not an object/);
    assert.match(errorOf('{"name": "x"}')?.message ?? '', /neither CycloneDX .* nor SPDX 2/);
    assert.equal(
      errorOf('{"bomFormat": "CycloneDX", "specVersion": "1.1"}')?.message,
      'CycloneDX specVersion 1.1 is not supported (1.2 to 1.7)',
    );
    assert.equal(
      errorOf('{"spdxVersion": "SPDX-2.1"}')?.message,
      'SPDX-2.1 is not supported (SPDX-2.2 or SPDX-2.3)',
    );
    assert.match(
      errorOf('{"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld", "@graph": []}')?.message ?? '',
      /SPDX 3 \(JSON-LD\) is not supported/,
    );
    assert.equal(
      errorOf('{"bomFormat": "CycloneDX"}')?.message,
      'malformed CycloneDX document: specVersion: expected string, received undefined',
    );
    assert.match(errorOf('{"bomFormat": "SWID"}')?.message ?? '', /malformed CycloneDX document/);
  });

  it('reads a document with a byte-order mark and one with no components', () => {
    const parsed = parseSbom('\uFEFF{"bomFormat": "CycloneDX", "specVersion": "1.5"}', 'x.json');
    assert.deepEqual(parsed, { format: 'cyclonedx', inventory: { packages: [] }, errors: [], skipped: [] });
  });
});
