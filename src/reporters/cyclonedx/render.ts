import { Enums, Models, Serialize, Spec } from '@cyclonedx/cyclonedx-library';
import type { Report } from '../../core/index.js';
import { escapeRawControls } from '../control-characters.js';
import {
  allPackages,
  assignBomRefs,
  imageComponent,
  isOsPackage,
  osComponent,
  packageComponent,
  packageKey,
} from './components.js';
import { contentUuid } from './name-uuid.js';
import type { SbomRenderOptions } from './options.js';
import { creationDate } from './options.js';
import { vulnerabilityOf } from './vulnerabilities.js';

function toolComponent(version: string): Models.Component {
  return new Models.Component(Enums.ComponentType.Application, 'bulwark', { version });
}

/**
 * The image depends on its operating system and on the packages no distro manages; the operating system on its
 * distro packages. Without an OS component, the image holds every package directly.
 */
function linkDependencies(
  image: Models.Component,
  os: Models.Component | undefined,
  packages: readonly { component: Models.Component; managedByOs: boolean }[],
): void {
  if (os !== undefined) image.dependencies.add(os.bomRef);
  for (const { component, managedByOs } of packages) {
    if (os !== undefined && managedByOs) os.dependencies.add(component.bomRef);
    else image.dependencies.add(component.bomRef);
  }
}

function buildBom(report: Report, options: SbomRenderOptions): Models.Bom {
  const timestamp = creationDate(options);
  const tools = new Models.Tools({
    components: new Models.ComponentRepository([toolComponent(report.tool.version)]),
  });
  const image = report.image === undefined ? undefined : imageComponent(report.image);
  const metadata = new Models.Metadata({
    tools,
    ...(timestamp === undefined ? {} : { timestamp }),
    ...(image === undefined ? {} : { component: image }),
  });
  const bom = new Models.Bom({ metadata });
  const os = report.image?.os === undefined ? undefined : osComponent(report.image.os);
  if (os !== undefined) bom.components.add(os);
  const packages = allPackages(report);
  const refs = assignBomRefs(packages);
  const made = packages.map((pkg) => ({
    component: packageComponent(pkg, refs.get(packageKey(pkg)) ?? pkg.purl),
    managedByOs: isOsPackage(pkg),
  }));
  for (const { component } of made) bom.components.add(component);
  if (image !== undefined) linkDependencies(image, os, made);
  for (const match of report.vulnerabilities ?? []) bom.vulnerabilities.add(vulnerabilityOf(match, refs));
  return bom;
}

const normalizer = new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6).makeForBom();

function normalize(bom: Models.Bom): object {
  // The normalizer, not the serializer: the serializer gives random bom-refs to anything unnamed or repeated.
  return normalizer.normalize(bom, { sortLists: true });
}

/**
 * CycloneDX 1.6 JSON: the image as the subject, its OS and packages as components, vulnerability matches as VEX
 * entries. The serial number is a name-based UUID of the document itself, so equal reports give equal bytes.
 */
export function renderCycloneDx(report: Report, options: SbomRenderOptions): string {
  const bom = buildBom(report, options);
  bom.serialNumber = `urn:uuid:${contentUuid(JSON.stringify(normalize(bom)))}`;
  return `${escapeRawControls(JSON.stringify(normalize(bom), null, 2), 'json')}\n`;
}
