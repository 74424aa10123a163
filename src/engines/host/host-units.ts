import type { Location, ReportError, Violation } from '../../core/index.js';
import { formatPath } from '../../core/index.js';
import { containerFileName, containerViewFromInspect } from '../../sources/container/index.js';
import type { DaemonParse } from '../../sources/daemon/place.js';
import { clientEnvironmentFile, clientEnvironmentView } from './client-view.js';
import type { HostUnit, PlaceViolation } from './evaluate-host.js';
import type { InspectedContainer } from './read-engine.js';

function daemonUnit(daemon: DaemonParse): HostUnit | undefined {
  const { view, place } = daemon;
  if (view === undefined) return undefined;
  const placeViolation: PlaceViolation = (violation) => {
    const placement = place(violation.path ?? []);
    return {
      file: placement.file,
      startLine: placement.range.startLine,
      startColumn: placement.range.startColumn,
      endLine: placement.range.endLine,
      endColumn: placement.range.endColumn,
      ...(placement.path === '' ? {} : { path: placement.path }),
    };
  };
  return {
    target: 'docker-daemon',
    view,
    identity: 'docker-daemon',
    file: view.resource.name,
    place: placeViolation,
  };
}

function clientUnit(contentTrust: string | undefined): HostUnit {
  const place = (violation: Violation): Location => {
    const path =
      violation.path === undefined || violation.path.length === 0 ? undefined : formatPath(violation.path);
    return { file: clientEnvironmentFile, ...(path === undefined ? {} : { path }) };
  };
  return {
    target: 'docker-daemon',
    view: clientEnvironmentView(contentTrust),
    identity: 'docker-client',
    file: clientEnvironmentFile,
    place,
  };
}

export interface HostUnits {
  units: HostUnit[];
  errors: ReportError[];
}

/**
 * The units daemon and container rules judge: the daemon's configuration, the client environment, and each
 * container (an inspection the container source cannot read becomes an error naming the container).
 */
export function hostUnits(
  daemon: DaemonParse | undefined,
  contentTrust: string | undefined,
  containers: readonly InspectedContainer[],
): HostUnits {
  const units: HostUnit[] = [];
  const errors: ReportError[] = [];
  const fromDaemon = daemon === undefined ? undefined : daemonUnit(daemon);
  if (fromDaemon !== undefined) units.push(fromDaemon);
  units.push(clientUnit(contentTrust));
  for (const container of containers) {
    const read = containerViewFromInspect(container.inspect);
    const file = read.view?.location.file ?? containerFileName(container.name);
    for (const message of read.errors) errors.push({ file, line: 0, message });
    const view = read.view;
    if (view === undefined) continue;
    units.push({
      target: 'container',
      view,
      identity: `container:${view.name}`,
      file,
      place: (violation) => view.locate(violation.path ?? []),
    });
  }
  return { units, errors };
}
