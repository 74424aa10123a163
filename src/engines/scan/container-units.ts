import type { FieldPath, Location, Range } from '../../core/index.js';
import { formatPath } from '../../core/index.js';
import type { DockerContainerView, YamlDocument } from '../../sources/index.js';
import {
  ciYamlScripts,
  containerViewsFromRunLines,
  containerViewsFromScripts,
  isCiYamlPath,
  mentionsContainerEngine,
  parseDaemonJson,
  scanIgnoreDirectives,
} from '../../sources/index.js';
import type { FileUnits, ScanUnit } from './units.js';

function rangeOf(location: Location, fallback: Location): Range {
  const line = location.startLine ?? fallback.startLine ?? 1;
  const column = location.startColumn ?? fallback.startColumn ?? 1;
  return {
    startLine: line,
    startColumn: column,
    endLine: location.endLine ?? line,
    endColumn: location.endColumn ?? column,
  };
}

/** A run line's setting is shown by its option (`--privileged`); an engine's by its inspect path. */
function shownPath(view: DockerContainerView, path: FieldPath): string {
  if (view.origin.kind === 'engine') return formatPath(path);
  const [first] = path;
  return typeof first === 'string' ? first : '';
}

/**
 * One container as a scan unit. Findings point at the option's line and column; an inline suppression may sit
 * before the command or before the line of the option. The fingerprint anchor is the option and its position
 * among options of its name, so moving the command keeps it.
 */
export function containerUnit(view: DockerContainerView, identity: string): ScanUnit {
  return {
    resource: view.resource,
    identity,
    views: { container: view },
    place(path) {
      const location = view.locate(path ?? []);
      const range = rangeOf(location, view.location);
      const commandLine = view.location.startLine ?? range.startLine;
      return {
        range,
        ancestorLines: commandLine === range.startLine ? [commandLine] : [commandLine, range.startLine],
        path: shownPath(view, path ?? []),
        anchor: JSON.stringify(path ?? []),
      };
    },
    annotationIgnores: [],
  };
}

/** Units for the containers of one file, with identities unique within it (`name`, `name#2`, …). */
export function containerUnits(views: readonly DockerContainerView[], identityPath: string): ScanUnit[] {
  const seen = new Map<string, number>();
  return views.map((view) => {
    const count = (seen.get(view.name) ?? 0) + 1;
    seen.set(view.name, count);
    const suffix = count === 1 ? '' : `#${count}`;
    return containerUnit(view, `container:${identityPath}/${view.name}${suffix}`);
  });
}

/** A shell script, Makefile or Jenkinsfile: one unit per `docker run` line; nothing is parsed without a mention. */
export function scanScript(text: string, file: string, identityPath: string): FileUnits {
  if (!mentionsContainerEngine(text)) return { units: [], errors: [], directives: [] };
  const result = containerViewsFromRunLines(text, file);
  const directives = scanIgnoreDirectives(text);
  return {
    ...(result.views.length === 0 ? {} : { targetType: 'script' as const }),
    units: containerUnits(result.views, identityPath),
    errors: [...result.errors, ...directives.errors],
    directives: directives.directives,
  };
}

/** The run lines of a CI pipeline file whose YAML is already parsed; none for any other YAML file. */
export function ciRunLineUnits(
  documents: readonly YamlDocument[],
  text: string,
  file: string,
  identityPath: string,
): Pick<FileUnits, 'units' | 'errors'> {
  if (!isCiYamlPath(file) || !mentionsContainerEngine(text)) return { units: [], errors: [] };
  const result = containerViewsFromScripts(ciYamlScripts(documents, text), file);
  return { units: containerUnits(result.views, identityPath), errors: result.errors };
}

/** A daemon.json: one unit judged by the daemon rules. */
export function scanDaemonJson(text: string, file: string, identityPath: string): FileUnits {
  const parsed = parseDaemonJson(text, file);
  const directives = scanIgnoreDirectives(text);
  const errors = [
    ...parsed.errors.map((error) => ({
      line: error.line,
      ...(error.column === undefined ? {} : { column: error.column }),
      message: error.message,
    })),
    ...directives.errors,
  ];
  if (parsed.view === undefined)
    return { targetType: 'daemon', units: [], errors, directives: directives.directives };
  const view = parsed.view;
  const unit: ScanUnit = {
    resource: view.resource,
    identity: `daemon:${identityPath}`,
    views: { 'docker-daemon': view },
    place(path) {
      const placed = parsed.place(path ?? []);
      return { range: placed.range, ancestorLines: [placed.line], path: placed.path, anchor: placed.path };
    },
    annotationIgnores: [],
  };
  return { targetType: 'daemon', units: [unit], errors, directives: directives.directives };
}
