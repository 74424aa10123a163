import type { FieldPath, Resource } from '../../core/index.js';
import type { Locate, ParseError } from '../shared/parse-result.js';
import type { YamlDocument } from '../yaml/parse-documents.js';
import { issuesToErrors } from '../shared/zod-errors.js';
import { KubernetesObject } from './schema.js';

export interface KubernetesUnit {
  resource: Resource<KubernetesObject>;
  /** Locator relative to the object (List items are re-rooted), so rule paths never mention `items[N]`. */
  locate: Locate;
  /** Path of the object inside its document: empty, or `items[N]` for List members. */
  basePath: FieldPath;
}

export interface KubernetesExtraction {
  units: KubernetesUnit[];
  errors: ParseError[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A document counts as a Kubernetes object when it has a string `apiVersion` and `kind`; others are ignored quietly. */
export function looksLikeKubernetesObject(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && typeof value['apiVersion'] === 'string' && typeof value['kind'] === 'string';
}

function isListKind(value: Record<string, unknown>): boolean {
  const kind = value['kind'];
  return typeof kind === 'string' && kind.endsWith('List') && Array.isArray(value['items']);
}

function reroot(locate: Locate, basePath: FieldPath): Locate {
  if (basePath.length === 0) return locate;
  return (path) => locate([...basePath, ...path]);
}

/**
 * Config-file kinds (KubeletConfiguration, EncryptionConfiguration, audit Policy, kubeconfig) carry no
 * metadata.name; the file (or a kubeconfig's current context) names them so findings and fingerprints stay distinct.
 */
function unnamedObjectName(object: KubernetesObject, file: string): string {
  const currentContext = object['current-context'];
  if (object.kind === 'Config' && typeof currentContext === 'string' && currentContext !== '')
    return currentContext;
  return file.split(/[\\/]/).pop() || '<unnamed>';
}

function toUnit(
  value: Record<string, unknown>,
  document: YamlDocument,
  basePath: FieldPath,
  file: string,
  errors: ParseError[],
): KubernetesUnit | undefined {
  const locate = reroot(document.locate, basePath);
  const parsed = KubernetesObject.safeParse(value);
  if (!parsed.success) {
    errors.push(...issuesToErrors(parsed.error.issues, locate, 'Kubernetes object'));
    return undefined;
  }
  const object = parsed.data;
  const metadata = object.metadata ?? undefined;
  const root = locate([]);
  const resource: Resource<KubernetesObject> = {
    kind: object.kind,
    apiVersion: object.apiVersion,
    name: metadata?.name ?? metadata?.generateName ?? unnamedObjectName(object, file),
    ...(metadata?.namespace ? { namespace: metadata.namespace } : {}),
    source: { file, startLine: root.range.startLine, startColumn: root.range.startColumn },
    doc: object,
  };
  return { resource, locate, basePath };
}

/** Every Kubernetes object in the parsed documents, with `List` kinds (`kubectl get -o json`) expanded. */
export function extractKubernetesObjects(
  documents: readonly YamlDocument[],
  file: string,
): KubernetesExtraction {
  const units: KubernetesUnit[] = [];
  const errors: ParseError[] = [];
  function visit(value: unknown, document: YamlDocument, basePath: FieldPath): void {
    if (!looksLikeKubernetesObject(value)) return;
    if (isListKind(value)) {
      // isListKind checked that items is an array.
      const items = value['items'] as unknown[];
      for (const [index, item] of items.entries()) visit(item, document, [...basePath, 'items', index]);
      return;
    }
    const unit = toUnit(value, document, basePath, file, errors);
    if (unit) units.push(unit);
  }
  for (const document of documents) visit(document.value, document, []);
  return { units, errors };
}
