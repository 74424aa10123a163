import type { IndexedContainerPort, IndexedWorkload } from '../../../../core/index.js';
import type { PodSpecView } from '../../../../sources/index.js';
import { namespaceNameLabel } from './matchers.js';
import type { NetworkModel, PodGroup, WorkloadNode } from './network-model.js';
import { groupKey, newGroup } from './network-model.js';

/** The index entry a workload would have, read from its pod-spec view. */
function entryOf(view: PodSpecView): IndexedWorkload {
  const { resource, spec } = view;
  const ports: IndexedContainerPort[] = [];
  for (const entry of view.containers)
    for (const port of entry.container.ports ?? [])
      ports.push({
        container: entry.name,
        ...(port.containerPort === undefined ? {} : { containerPort: port.containerPort }),
        ...(port.name ? { name: port.name } : {}),
        protocol: port.protocol ?? 'TCP',
        ...(typeof port.hostPort === 'number' ? { hostPort: port.hostPort } : {}),
      });
  const account = spec.serviceAccountName || spec.serviceAccount || undefined;
  return {
    kind: resource.kind,
    apiVersion: resource.apiVersion ?? '',
    name: resource.name,
    ...(resource.namespace === undefined ? {} : { namespace: resource.namespace }),
    labels: { ...(view.objectMetadata.labels ?? {}) },
    file: resource.source.file ?? '',
    line: resource.source.startLine ?? 0,
    column: resource.source.startColumn ?? 0,
    podLabels: { ...(view.podMetadata.labels ?? {}) },
    ...(account === undefined ? {} : { serviceAccountName: account }),
    hostNetwork: spec.hostNetwork === true,
    ports,
  };
}

const extraGroups = new WeakMap<NetworkModel, Map<string, PodGroup>>();

/**
 * A node for a workload the index does not hold (a rule judging it while the files are still read, with only the
 * policies, Services and Namespaces indexed): its group is the model's when another workload shares it, otherwise
 * one computed against the model's policies.
 */
export function nodeFromView(model: NetworkModel, view: PodSpecView): WorkloadNode {
  const entry = entryOf(view);
  const namespace = entry.namespace === undefined || entry.namespace === '' ? 'default' : entry.namespace;
  const serviceAccount = entry.serviceAccountName ?? 'default';
  const key = groupKey(namespace, serviceAccount, entry.hostNetwork, entry.podLabels);
  let group = model.groupsByKey.get(key);
  if (group === undefined) {
    let extra = extraGroups.get(model);
    if (extra === undefined) {
      extra = new Map();
      extraGroups.set(model, extra);
    }
    group = extra.get(key);
    if (group === undefined) {
      const info = model.namespaces.get(namespace);
      group = newGroup(
        model.groups.length + extra.size,
        {
          namespace,
          labels: entry.podLabels,
          namespaceLabels: info?.labels ?? { [namespaceNameLabel]: namespace },
          namespaceKnown: info?.known ?? false,
          serviceAccount,
        },
        entry.hostNetwork,
        model.parts,
        model.peerMatchers,
      );
      extra.set(key, group);
    }
  }
  return { entry, group, id: `${namespace}/${entry.name}` };
}
