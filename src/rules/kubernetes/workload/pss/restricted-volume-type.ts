import type { Volume } from '../../../../sources/index.js';
import { workloadKinds } from '../../../../sources/index.js';
import { defineRule } from '../../../define-rule.js';
import { baselineCheckInForce } from './pss-utils/policy.js';

const allowedSources = [
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'image',
  'persistentVolumeClaim',
  'projected',
  'secret',
] as const;

/** Every other volume source of the Pod API, in the order PSA names them. */
const restrictedSources = [
  'hostPath',
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'gitRepo',
  'nfs',
  'iscsi',
  'glusterfs',
  'rbd',
  'flexVolume',
  'cinder',
  'cephfs',
  'flocker',
  'fc',
  'azureFile',
  'vsphereVolume',
  'quobyte',
  'azureDisk',
  'photonPersistentDisk',
  'portworxVolume',
  'scaleIO',
  'storageos',
] as const;

function isSet(volume: Volume, source: string): boolean {
  const value: unknown = volume[source];
  return value !== null && value !== undefined;
}

// PSA check `restrictedVolumes`, a single behaviour registered at 1.0 and so applied at every policy version (the
// `image` source was added to that function in Kubernetes 1.33): a volume passes when it uses one of configMap, csi,
// downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected or secret; a volume with any other source
// fails. A volume with no source at all is defaulted to emptyDir by the API server, so it passes. This check replaces
// the baseline hostPath check at the restricted level; when both rules run (no `--pss`) hostPath volumes are left to
// KW005.
export const restrictedVolumeType = defineRule({
  id: 'KW013',
  slug: 'restricted-volume-type',
  title: 'Volume type not allowed by Pod Security Restricted',
  severity: 'medium',
  domain: 'kubernetes-workload',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  rationale:
    'Inline volume sources such as nfs, iscsi, rbd, gitRepo or flexVolume are mounted by the node with node ' +
    'credentials or drivers; Pod Security Restricted allows only sources whose access is mediated by the API.',
  remediation:
    'Use a PersistentVolumeClaim (with a StorageClass or a PersistentVolume for the storage), or configMap, secret, ' +
    'projected, downwardAPI, emptyDir, csi, ephemeral or image volumes.',
  references: {
    pss: { level: 'restricted', control: 'restrictedVolumes' },
    trivy: ['KSV-0028'],
    urls: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted'],
  },
  messages: {
    restricted: 'volume "{{volume}}" uses the {{type}} source, which Pod Security Restricted does not allow',
  },
  *check(view, context) {
    const hostPathReportedByBaseline = baselineCheckInForce(context, 0);
    for (const [index, volume] of (view.spec.volumes ?? []).entries()) {
      if (allowedSources.some((source) => isSet(volume, source))) continue;
      const type = restrictedSources.find((source) => isSet(volume, source));
      if (type === undefined) continue;
      if (hostPathReportedByBaseline && isSet(volume, 'hostPath')) continue;
      yield {
        messageId: 'restricted',
        data: { volume: volume.name ?? `volumes[${index}]`, type },
        path: [...view.specPath, 'volumes', index, type],
      };
    }
  },
});
