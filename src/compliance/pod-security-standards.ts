import { formatKubernetesVersion, latestKubernetesVersion } from '../core/index.js';
import type { Catalogue, ControlRow } from './catalogue.js';
import { controlsFrom } from './catalogue.js';

/**
 * The Pod Security Standards controls, named by their Pod Security Admission check ids, which is what rules cite in
 * `references.pss.control`. Admission enforces every one of them, so all are automated. The list is that of the
 * newest Kubernetes version the rules know; with an older `--k8s-version`, checks that version lacks find nothing.
 */
const baselineRows: readonly ControlRow[] = [
  ['appArmorProfile', 'A', 'AppArmor profile is the runtime default or a local one'],
  ['capabilities_baseline', 'A', 'Only the baseline set of capabilities is added'],
  ['hostNamespaces', 'A', 'Host network, PID and IPC namespaces are not shared'],
  ['hostPathVolumes', 'A', 'No hostPath volumes'],
  ['hostPorts', 'A', 'No host ports'],
  ['hostProbesAndHostLifecycle', 'A', 'Probes and lifecycle hooks do not target another host'],
  ['privileged', 'A', 'No privileged containers'],
  ['procMount', 'A', '/proc is mounted with the default mask'],
  ['seLinuxOptions', 'A', 'SELinux type, user and role stay within the allowed set'],
  ['seccompProfile_baseline', 'A', 'Seccomp is not set to Unconfined'],
  ['sysctls', 'A', 'Only safe sysctls are set'],
  ['windowsHostProcess', 'A', 'No Windows HostProcess containers'],
];

const restrictedRows: readonly ControlRow[] = [
  ['allowPrivilegeEscalation', 'A', 'Privilege escalation is explicitly disallowed'],
  ['capabilities_restricted', 'A', 'All capabilities are dropped; only NET_BIND_SERVICE may be added'],
  ['procMount_restricted', 'A', '/proc is mounted with the default mask, even in a user namespace'],
  ['restrictedVolumes', 'A', 'Only the restricted set of volume types'],
  ['runAsNonRoot', 'A', 'Containers must run as non-root'],
  ['runAsUser', 'A', 'No container runs as UID 0'],
  ['seccompProfile_restricted', 'A', 'Seccomp is RuntimeDefault or Localhost'],
];

const policyVersion = `v${formatKubernetesVersion(latestKubernetesVersion)}`;

export const pssBaseline: Catalogue = {
  framework: 'pss-baseline',
  title: 'Pod Security Standards: Baseline',
  version: policyVersion,
  controls: controlsFrom(baselineRows),
  controlsCoveredBy: (rule) =>
    rule.references.pss?.level === 'baseline' ? [rule.references.pss.control] : [],
};

/** The restricted profile includes every baseline control as well as its own. */
export const pssRestricted: Catalogue = {
  framework: 'pss-restricted',
  title: 'Pod Security Standards: Restricted',
  version: policyVersion,
  controls: controlsFrom([...baselineRows, ...restrictedRows]),
  controlsCoveredBy: (rule) => (rule.references.pss === undefined ? [] : [rule.references.pss.control]),
};
