import type { DockerContainerView } from '../../sources/index.js';
import { defineRule } from '../define-rule.js';
import {
  containerData,
  containerKinds,
  omissionIsKnown,
  runReferenceUrl,
} from './container-utils/container.js';

/** 1024 is Docker's default weight: setting it changes nothing. */
const defaultShares = 1024;

type CpuState = 'set' | 'unset' | 'unknown';

function cpuState(view: DockerContainerView): CpuState {
  const settings = [view.cpuShares, view.cpuQuota, view.nanoCpus];
  if (settings.some((setting) => setting !== undefined && setting.value === undefined)) return 'unknown';
  const shares = view.cpuShares?.value ?? 0;
  const quota = view.cpuQuota?.value ?? 0;
  const nanoCpus = view.nanoCpus?.value ?? 0;
  return (shares > 0 && shares !== defaultShares) || quota > 0 || nanoCpus > 0 ? 'set' : 'unset';
}

export const containerCpuLimit = defineRule({
  id: 'DH037',
  slug: 'container-cpu-limit',
  title: 'Container CPU priority is not set',
  severity: 'low',
  domain: 'daemon',
  target: 'container',
  appliesTo: containerKinds,
  rationale:
    'Every container gets the same CPU weight by default, so a busy or hostile container competes on equal terms ' +
    'with the ones that matter. A relative weight (--cpu-shares other than 1024) or a hard cap (--cpus, ' +
    '--cpu-quota) keeps it from taking the host CPU.',
  remediation:
    'Set --cpus (or --cpu-quota) to cap the container, or --cpu-shares to give it a lower weight than important ones.',
  references: { cis: ['docker-1.6:5.12'], urls: [runReferenceUrl] },
  messages: { notSet: 'container "{{container}}" sets no CPU shares, quota or limit' },
  *check(view) {
    if (cpuState(view) !== 'unset') return;
    const written = view.cpuShares ?? view.cpuQuota ?? view.nanoCpus;
    if (written === undefined && !omissionIsKnown(view)) return;
    yield { messageId: 'notSet', data: containerData(view), path: written?.path ?? [] };
  },
});
