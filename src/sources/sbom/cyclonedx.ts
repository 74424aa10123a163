import type { FieldPath, OperatingSystem, PackageRecord } from '../../core/index.js';
import type { SbomReading, SkippedEntry } from './read-result.js';
import { firstIssue } from './read-result.js';
import { recordOf } from './record.js';
import type { SbomEntry } from './record.js';
import { CycloneDxComponent, type CycloneDxHeader } from './schema.js';
import type { z } from 'zod';

/** Component types that are not installed packages: the image itself, files, services' hardware. */
const notPackages: ReadonlySet<string> = new Set([
  'container',
  'operating-system',
  'file',
  'device',
  'firmware',
  'platform',
  'data',
  'machine-learning-model',
  'cryptographic-asset',
]);

function licensesOf(component: CycloneDxComponent): string[] {
  const licenses: string[] = [];
  for (const choice of component.licenses ?? []) {
    const text = choice.expression ?? choice.license?.id ?? choice.license?.name;
    if (text !== undefined && text !== '') licenses.push(text);
  }
  return licenses;
}

function entryOf(component: CycloneDxComponent): SbomEntry {
  const properties = new Map<string, string>();
  for (const property of component.properties ?? [])
    if (!properties.has(property.name)) properties.set(property.name, property.value ?? '');
  return {
    name: component.name,
    ...(component.group === undefined ? {} : { group: component.group }),
    ...(component.version === undefined ? {} : { version: component.version }),
    ...(component.purl === undefined ? {} : { purl: component.purl }),
    licenses: licensesOf(component),
    properties,
  };
}

interface Walk {
  file: string;
  packages: PackageRecord[];
  skipped: SkippedEntry[];
  os?: OperatingSystem;
}

function osOf(component: CycloneDxComponent): OperatingSystem {
  return {
    id: component.name.toLowerCase(),
    ...(component.version === undefined || component.version === '' ? {} : { versionId: component.version }),
    ...(component.description === undefined || component.description === ''
      ? {}
      : { prettyName: component.description }),
  };
}

/** Components and their nested components, depth first; a malformed one is skipped with its path. */
function walk(items: readonly unknown[], path: FieldPath, state: Walk): void {
  for (const [index, item] of items.entries()) {
    const at = [...path, index];
    const parsed = CycloneDxComponent.safeParse(item);
    if (!parsed.success) {
      state.skipped.push({
        path: at,
        message: `component is malformed (${firstIssue(parsed.error.issues)}); skipped`,
      });
      continue;
    }
    const component = parsed.data;
    if (component.type === 'operating-system') state.os ??= osOf(component);
    else if (!notPackages.has(component.type)) {
      const result = recordOf(entryOf(component), state.file);
      if ('record' in result) state.packages.push(result.record);
      else
        state.skipped.push({ path: at, message: `component "${component.name}" ${result.problem}; skipped` });
    }
    if (component.components !== undefined) walk(component.components, [...at, 'components'], state);
  }
}

/** The inventory a CycloneDX BOM describes: its components (nested ones too, and those under the BOM's subject). */
export function readCycloneDx(header: z.infer<typeof CycloneDxHeader>, file: string): SbomReading {
  const state: Walk = { file, packages: [], skipped: [] };
  const subject = CycloneDxComponent.safeParse(header.metadata?.component);
  if (subject.success && subject.data.components !== undefined)
    walk(subject.data.components, ['metadata', 'component', 'components'], state);
  walk(header.components ?? [], ['components'], state);
  return {
    inventory: { ...(state.os === undefined ? {} : { os: state.os }), packages: state.packages },
    skipped: state.skipped,
  };
}
