import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Report } from '../../src/core/index.js';
import { createReport } from '../../src/core/index.js';
import {
  combinedLicenseExpression,
  isValidLicenseExpression,
} from '../../src/reporters/spdx/license-expression.js';
import { renderSpdx } from '../../src/reporters/spdx/render.js';
import { fromRoot } from '../support/paths.js';
import { fixtureReport } from './fixture-report.js';
import { imageCreated, imageReport, imageRules } from './image-fixture-report.js';
import type { SpdxDocument } from './spdx-schema.js';
import { spdxDocument, spdxDocumentProblems } from './spdx-schema.js';

/** `created: null` renders without a creation time. */
function render(report: Report = imageReport, created: string | null = imageCreated): string {
  return renderSpdx(report, { rules: imageRules, color: false, ...(created === null ? {} : { created }) });
}

function parse(text: string): SpdxDocument {
  const parsed = spdxDocument.safeParse(JSON.parse(text));
  if (!parsed.success) assert.fail(`not valid SPDX 2.3:\n${JSON.stringify(parsed.error.issues, null, 2)}`);
  assert.deepEqual(spdxDocumentProblems(parsed.data), []);
  return parsed.data;
}

function packageNamed(document: SpdxDocument, name: string) {
  const found = document.packages?.find((pkg) => pkg.name === name);
  if (found === undefined) return assert.fail(`no package ${name}`);
  return found;
}

describe('SPDX reporter', () => {
  it('writes valid SPDX 2.3 documents, image report and files report alike', () => {
    for (const golden of ['image-report.spdx', 'report.spdx'])
      parse(readFileSync(fromRoot('test', 'golden', golden), 'utf8'));
  });

  it('the structural check rejects what the spec forbids', () => {
    const document = JSON.parse(render());
    document.packages[1].SPDXID = 'SPDXRef-has space';
    document.creationInfo.created = '2026-01-31T12:00:00.000Z';
    assert.equal(spdxDocument.safeParse(document).success, false);
    const dangling = parse(render());
    dangling.relationships?.push({
      spdxElementId: 'SPDXRef-Image',
      relationshipType: 'CONTAINS',
      relatedSpdxElement: 'SPDXRef-Nowhere',
    });
    assert.deepEqual(spdxDocumentProblems(dangling), ['CONTAINS to unknown element SPDXRef-Nowhere']);
  });

  it('fills the document header: version, licence, name, creator and the given time', () => {
    const document = parse(render());
    assert.equal(document.name, imageReport.image?.reference);
    assert.deepEqual(document.creationInfo, {
      creators: ['Tool: bulwark-1.2.3'],
      created: '2026-01-31T12:00:00Z',
    });
    assert.equal(parse(render(imageReport, null)).creationInfo.created, '1970-01-01T00:00:00Z');
  });

  it('derives the namespace from the content: stable per report, new when the image changes', () => {
    const namespace = parse(render()).documentNamespace;
    assert.match(
      namespace,
      /^https:\/\/bulwark\.dev\/spdx\/registry\.example\.com-shop-api-1\.4\.2-[0-9a-f-]{36}$/,
    );
    assert.equal(parse(render(structuredClone(imageReport))).documentNamespace, namespace);
    const rebuilt = structuredClone(imageReport);
    if (rebuilt.image === undefined) return assert.fail('fixture has an image');
    rebuilt.image = { ...rebuilt.image, manifestDigest: `sha256:${'9'.repeat(64)}` };
    assert.notEqual(parse(render(rebuilt)).documentNamespace, namespace);
  });

  it('describes the image, which contains its OS and every package', () => {
    const document = parse(render());
    const image = packageNamed(document, imageReport.image?.reference ?? '');
    assert.equal(image.primaryPackagePurpose, 'CONTAINER');
    assert.equal(image.versionInfo, imageReport.image?.manifestDigest);
    assert.deepEqual(image.checksums, [
      { algorithm: 'SHA256', checksumValue: imageReport.image?.manifestDigest?.slice('sha256:'.length) },
    ]);
    const os = packageNamed(document, 'debian');
    assert.deepEqual([os.primaryPackagePurpose, os.versionInfo], ['OPERATING-SYSTEM', '12']);
    const relationships = document.relationships ?? [];
    assert.deepEqual(relationships[0], {
      spdxElementId: 'SPDXRef-DOCUMENT',
      relationshipType: 'DESCRIBES',
      relatedSpdxElement: image.SPDXID,
    });
    const contained = relationships
      .filter((entry) => entry.relationshipType === 'CONTAINS' && entry.spdxElementId === image.SPDXID)
      .map((entry) => entry.relatedSpdxElement);
    const others = (document.packages ?? []).filter((pkg) => pkg !== image).map((pkg) => pkg.SPDXID);
    assert.deepEqual(contained, others);
    assert.equal(others.length, (imageReport.packages?.length ?? 0) + 1);
  });

  it('writes each package: sanitised unique id, purl, NOASSERTION where nothing is asserted', () => {
    const document = parse(render());
    const libc6 = packageNamed(document, 'libc6');
    assert.equal(libc6.SPDXID, 'SPDXRef-Package-deb-libc6-2.36-9-deb12u4');
    assert.deepEqual(libc6.externalRefs, [
      {
        referenceCategory: 'PACKAGE-MANAGER',
        referenceType: 'purl',
        referenceLocator: 'pkg:deb/debian/libc6@2.36-9%2Bdeb12u4?arch=amd64&distro=debian-12',
      },
    ]);
    assert.equal(libc6.downloadLocation, 'NOASSERTION');
    assert.equal(libc6.filesAnalyzed, false);
    assert.equal(libc6.supplier, 'NOASSERTION');
    assert.equal(libc6.licenseConcluded, 'NOASSERTION');
    assert.equal(libc6.licenseDeclared, 'NOASSERTION', 'GPL-2+ is not an SPDX expression');
    assert.equal(libc6.sourceInfo, 'built from source package glibc 2.36-9+deb12u4');
    assert.deepEqual(
      libc6.annotations?.map((entry) => entry.comment),
      [
        'bulwark:file=/var/lib/dpkg/status',
        'bulwark:layer:digest=sha256:4f1c2d3e4a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f',
        'bulwark:source-package=glibc',
        'bulwark:source-package:version=2.36-9+deb12u4',
      ],
    );
    assert.equal(packageNamed(document, 'cryptography').licenseDeclared, 'Apache-2.0 OR BSD-3-Clause');
    assert.equal(packageNamed(document, 'core').SPDXID, 'SPDXRef-Package-npm-babel-core-7.23.2');
    const lodashIds = (document.packages ?? [])
      .filter((pkg) => pkg.name === 'lodash')
      .map((pkg) => pkg.SPDXID);
    assert.deepEqual(lodashIds, [
      'SPDXRef-Package-npm-lodash-4.17.20',
      'SPDXRef-Package-npm-lodash-4.17.20-2',
    ]);
  });

  it('describes the packages directly when there is no image', () => {
    const report = createReport('1.2.3', [{ type: 'dockerfile', path: 'Dockerfile' }], [], [], {
      packages: imageReport.packages ?? [],
    });
    const document = parse(render(report));
    assert.equal(document.name, 'Dockerfile');
    assert.ok((document.relationships ?? []).every((entry) => entry.relationshipType === 'DESCRIBES'));
    assert.equal(document.relationships?.length, imageReport.packages?.length);
    assert.deepEqual(parse(render(fixtureReport)).packages, []);
  });
});

describe('SPDX licence expressions', () => {
  it('accepts ids, `+`, LicenseRef, AND/OR/WITH and parentheses', () => {
    for (const valid of [
      'MIT',
      'GPL-2.0-or-later',
      'GPL-2.0+',
      'LicenseRef-proprietary',
      'DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2',
      'Apache-2.0 OR BSD-3-Clause',
      '(MIT OR Apache-2.0) AND BSD-2-Clause',
      'GPL-2.0-only WITH Classpath-exception-2.0',
      '((MIT))',
    ])
      assert.ok(isValidLicenseExpression(valid), valid);
  });

  it('rejects loose names, unknown ids and broken syntax', () => {
    for (const invalid of [
      '',
      'GPL-2+',
      'BSD',
      'MIT AND',
      'AND MIT',
      '(MIT',
      'MIT)',
      'MIT OR OR Apache-2.0',
      'MIT WITH',
      'MIT WITH NotAnException',
      'mit or apache-2.0',
      'Public Domain',
    ])
      assert.ok(!isValidLicenseExpression(invalid), invalid);
  });

  it('combines a package’s licences with AND, or says nothing when one is not valid', () => {
    assert.equal(combinedLicenseExpression(['MIT']), 'MIT');
    assert.equal(
      combinedLicenseExpression(['MIT', 'Apache-2.0 OR BSD-3-Clause', 'MIT']),
      'MIT AND (Apache-2.0 OR BSD-3-Clause)',
    );
    assert.equal(combinedLicenseExpression(['MIT', 'GPL-2+']), undefined);
    assert.equal(combinedLicenseExpression([]), undefined);
    assert.equal(combinedLicenseExpression(undefined), undefined);
  });
});
