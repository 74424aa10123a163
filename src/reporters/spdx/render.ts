import type { Report } from '../../core/index.js';
import { escapeRawControls } from '../control-characters.js';
import { allPackages } from '../cyclonedx/components.js';
import { contentUuid } from '../cyclonedx/name-uuid.js';
import type { SbomRenderOptions } from '../cyclonedx/options.js';
import { creationDate } from '../cyclonedx/options.js';
import { projectUrl } from '../describe.js';
import type { SpdxDocument, SpdxPackage, SpdxRelationship } from './document.js';
import { SpdxIds } from './ids.js';
import { imagePackage, osPackage, recordPackage } from './packages.js';

/** Stands in for a missing creation time; SPDX requires one and a reporter may not read the clock. */
const unknownCreation = '1970-01-01T00:00:00Z';

/** SPDX wants `YYYY-MM-DDThh:mm:ssZ`: UTC, no fractions. */
function spdxTime(options: SbomRenderOptions): string {
  const date = creationDate(options);
  return date === undefined ? unknownCreation : date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function documentName(report: Report): string {
  if (report.image !== undefined) return report.image.reference;
  const [only] = report.targets;
  return report.targets.length === 1 && only !== undefined ? only.path : 'bulwark-report';
}

function namespaceSlug(name: string): string {
  const slug = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
  return slug === '' ? 'document' : slug.slice(0, 100);
}

function relationship(
  from: string,
  type: SpdxRelationship['relationshipType'],
  to: string,
): SpdxRelationship {
  return { spdxElementId: from, relationshipType: type, relatedSpdxElement: to };
}

/**
 * SPDX 2.3 JSON: the image as the described root package that CONTAINS its OS and every package; without an image,
 * the document describes the packages themselves. The namespace ends in a name-based UUID of the rest of the
 * document (image digest included), so it is unique per content and stable per report.
 */
export function renderSpdx(report: Report, options: SbomRenderOptions): string {
  const created = spdxTime(options);
  const creator = `Tool: bulwark-${report.tool.version}`;
  const ids = new SpdxIds();
  const root = report.image === undefined ? undefined : imagePackage(report.image, ids);
  const os = report.image?.os === undefined ? undefined : osPackage(report.image.os, ids);
  const context = { ids, annotator: creator, created };
  const members: SpdxPackage[] = [
    ...(os === undefined ? [] : [os]),
    ...allPackages(report).map((pkg) => recordPackage(pkg, context)),
  ];
  const relationships: SpdxRelationship[] =
    root === undefined
      ? members.map((member) => relationship('SPDXRef-DOCUMENT', 'DESCRIBES', member.SPDXID))
      : [
          relationship('SPDXRef-DOCUMENT', 'DESCRIBES', root.SPDXID),
          ...members.map((member) => relationship(root.SPDXID, 'CONTAINS', member.SPDXID)),
        ];
  const name = documentName(report);
  const body = {
    creationInfo: { creators: [creator], created },
    packages: [...(root === undefined ? [] : [root]), ...members],
    relationships,
  };
  const document: SpdxDocument = {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name,
    documentNamespace: `${projectUrl}/spdx/${namespaceSlug(name)}-${contentUuid(JSON.stringify({ name, ...body }))}`,
    ...body,
  };
  return `${escapeRawControls(JSON.stringify(document, null, 2), 'json')}\n`;
}
