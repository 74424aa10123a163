import type { FieldPath, Range, Resource, TargetType } from '../../core/index.js';
import { formatPath } from '../../core/index.js';
import type {
  ComposeServiceView,
  DockerfileView,
  IgnoreDirective,
  InstructionView,
  KubernetesObjectView,
  KubernetesUnit,
  Locate,
  ParseError,
  PodSpecView,
  ViewByTarget,
} from '../../sources/index.js';
import {
  extractComposeServices,
  extractKubernetesObjects,
  looksLikeCompose,
  parseDockerfile,
  parseYamlDocuments,
  scanIgnoreDirectives,
  toPodSpecView,
} from '../../sources/index.js';
import { ciRunLineUnits, scanDaemonJson, scanScript } from './container-units.js';
import type { InputKind } from './detect-kind.js';

export interface Placement {
  range: Range;
  ancestorLines: readonly number[];
  path: string;
  /** Content anchor for the fingerprint: survives line moves. */
  anchor: string;
}

/** One judged thing with everything the engine needs to run rules on it and place their violations. */
export interface ScanUnit {
  resource: Resource;
  identity: string;
  views: Partial<ViewByTarget>;
  place(path: FieldPath | undefined, range: Range | undefined): Placement;
  /** Rule ids suppressed by the `bulwark.dev/ignore` annotation, with the reason. */
  annotationIgnores: readonly { ruleIds: readonly string[]; reason: string }[];
}

export interface FileUnits {
  targetType?: TargetType;
  units: ScanUnit[];
  errors: ParseError[];
  directives: readonly IgnoreDirective[];
}

const ignoreAnnotation = 'bulwark.dev/ignore';

function annotationIgnores(
  annotations: Record<string, string> | null | undefined,
): ScanUnit['annotationIgnores'] {
  const value = annotations?.[ignoreAnnotation];
  if (value === undefined) return [];
  const [ids = '', ...reasonParts] = value.split(' -- ');
  const ruleIds = ids
    .split(/[\s,]+/)
    .filter((id) => id !== '')
    .map((id) => id.toUpperCase());
  return [{ ruleIds, reason: reasonParts.join(' -- ').trim() }];
}

function yamlPlacer(locate: Locate, pathPrefix: FieldPath = []): ScanUnit['place'] {
  return (path) => {
    const full = [...pathPrefix, ...(path ?? [])];
    const located = locate(full);
    const shown = formatPath(path ?? []);
    return { range: located.range, ancestorLines: located.ancestorLines, path: shown, anchor: shown };
  };
}

/** The scan unit of one Kubernetes object, from a file or from a cluster; its pod-spec view's errors go to `errors`. */
export function kubernetesUnit(unit: KubernetesUnit, errors: ParseError[]): ScanUnit {
  const { resource } = unit;
  const objectView: KubernetesObjectView = { resource, object: resource.doc };
  const views: Partial<ViewByTarget> = { 'kubernetes-object': objectView };
  const podResult = toPodSpecView(unit);
  errors.push(...podResult.errors);
  let ignores = annotationIgnores(resource.doc.metadata?.annotations);
  if (podResult.view !== undefined) {
    const podView: PodSpecView = podResult.view;
    views['pod-spec'] = podView;
    if (podView.podMetadataPath.length > 1)
      ignores = [...ignores, ...annotationIgnores(podView.podMetadata.annotations)];
  }
  return {
    resource,
    identity: `${resource.kind}/${resource.namespace ?? ''}/${resource.name}`,
    views,
    place: yamlPlacer(unit.locate),
    annotationIgnores: ignores,
  };
}

function composeUnit(view: ComposeServiceView, locate: Locate, identityPath: string): ScanUnit {
  return {
    resource: view.resource,
    identity: `compose:${identityPath}/${view.name}`,
    views: { 'compose-service': view },
    place: yamlPlacer(locate),
    annotationIgnores: [],
  };
}

const templateMarker = /\{\{-?\s*[.$a-zA-Z(/]/;

/** An unrendered Helm or Go template fails as YAML many times over; one clear error says what to do instead. */
function templateAware(errors: readonly ParseError[], text: string): ParseError[] {
  const first = errors[0];
  if (first === undefined || !templateMarker.test(text)) return [...errors];
  return [
    {
      line: first.line,
      message:
        'unrendered template ({{ … }}): scan the output of `helm template` or `kustomize build` instead',
    },
  ];
}

function scanYaml(text: string, file: string, identityPath: string): FileUnits {
  const parsed = parseYamlDocuments(text);
  const errors = templateAware(parsed.errors, text);
  const units: ScanUnit[] = [];
  let targetType: TargetType | undefined;
  const kubernetes = extractKubernetesObjects(parsed.documents, file);
  errors.push(...kubernetes.errors);
  for (const unit of kubernetes.units) units.push(kubernetesUnit(unit, errors));
  if (kubernetes.units.length > 0) targetType = 'kubernetes';
  for (const document of parsed.documents) {
    if (!looksLikeCompose(document.value)) continue;
    const compose = extractComposeServices(document, file);
    errors.push(...compose.errors);
    for (const service of compose.services) units.push(composeUnit(service, document.locate, identityPath));
    targetType ??= 'compose';
  }
  // A CI pipeline's `run:` / `script:` steps, read from the documents parsed above.
  const ci = ciRunLineUnits(parsed.documents, text, file, identityPath);
  units.push(...ci.units);
  errors.push(...ci.errors);
  if (ci.units.length > 0) targetType ??= 'script';
  if (targetType === undefined && errors.length > 0) targetType = 'kubernetes';
  const directives = scanIgnoreDirectives(text);
  errors.push(...directives.errors);
  return {
    ...(targetType === undefined ? {} : { targetType }),
    units,
    errors,
    directives: directives.directives,
  };
}

function instructionAt(view: DockerfileView, line: number): InstructionView | undefined {
  return view.instructions.find(
    (instruction) => instruction.range.startLine <= line && line <= instruction.range.endLine,
  );
}

function dockerfilePlacer(view: DockerfileView): ScanUnit['place'] {
  return (path, range) => {
    const where = range ?? { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
    const instruction = instructionAt(view, where.startLine);
    const stage = instruction === undefined ? undefined : view.stages[instruction.stageIndex];
    const shown = formatPath(path ?? []);
    // The instruction's own text, not its index: inserting an instruction above must not change fingerprints.
    const anchor =
      instruction === undefined
        ? shown
        : `${stage?.name ?? 'global'}/${instruction.keyword} ${instruction.argsText}`;
    const ancestorLines =
      instruction === undefined ? [where.startLine] : [instruction.range.startLine, where.startLine];
    return { range: where, ancestorLines, path: shown, anchor };
  };
}

function scanDockerfileText(text: string, file: string, identityPath: string): FileUnits {
  const parsed = parseDockerfile(text, file);
  const directives = scanIgnoreDirectives(text);
  const resource: Resource<DockerfileView> = {
    kind: 'Dockerfile',
    name: file,
    source: { file, startLine: 1, startColumn: 1 },
    doc: parsed.view,
  };
  const unit: ScanUnit = {
    resource,
    identity: `Dockerfile:${identityPath}`,
    views: { dockerfile: parsed.view },
    place: dockerfilePlacer(parsed.view),
    annotationIgnores: [],
  };
  return {
    targetType: 'dockerfile',
    units: [unit],
    errors: [...parsed.errors, ...directives.errors],
    directives: directives.directives,
  };
}

/** Parses one file's text into units; never throws for bad input (errors are returned with lines). */
export function buildUnits(
  text: string,
  file: string,
  kind: InputKind,
  identityPath: string = file,
): FileUnits {
  try {
    switch (kind) {
      case 'dockerfile':
        return scanDockerfileText(text, file, identityPath);
      case 'daemon-json':
        return scanDaemonJson(text, file, identityPath);
      case 'script':
        return scanScript(text, file, identityPath);
      case 'yaml':
        return scanYaml(text, file, identityPath);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { units: [], errors: [{ line: 1, message: `could not parse: ${message}` }], directives: [] };
  }
}
