import { z } from 'zod';
import type { KubernetesObjectView } from '../../../../sources/index.js';

// Only the fields the rules read. Each field falls back to "omitted" when its type is wrong, so one bad field never
// hides the findings on the others (the component itself would refuse the file; the scan still reports the rest).

const Bool = z.boolean().optional().catch(undefined);
const Text = z.string().optional().catch(undefined);
const Num = z.number().optional().catch(undefined);
const Texts = z.array(z.string()).optional().catch(undefined);

function loose<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.looseObject(shape).optional().catch(undefined);
}

export const KubeletConfiguration = z.looseObject({
  authentication: loose({
    anonymous: loose({ enabled: Bool }),
    webhook: loose({ enabled: Bool }),
    x509: loose({ clientCAFile: Text }),
  }),
  authorization: loose({ mode: Text }),
  readOnlyPort: Num,
  protectKernelDefaults: Bool,
  rotateCertificates: Bool,
  serverTLSBootstrap: Bool,
  featureGates: z.record(z.string(), z.boolean()).optional().catch(undefined),
  streamingConnectionIdleTimeout: Text,
  makeIPTablesUtilChains: Bool,
  eventRecordQPS: Num,
  tlsCipherSuites: Texts,
  tlsCertFile: Text,
  tlsPrivateKeyFile: Text,
  podPidsLimit: Num,
});
export type KubeletConfiguration = z.infer<typeof KubeletConfiguration>;

const Key = z.looseObject({ name: Text, secret: Text });
const KeyedProvider = loose({ keys: z.array(Key).optional().catch(undefined) });
export const EncryptionProvider = z.looseObject({
  identity: z.looseObject({}).nullish().catch(undefined),
  aescbc: KeyedProvider,
  aesgcm: KeyedProvider,
  secretbox: KeyedProvider,
  kms: loose({ apiVersion: Text, name: Text }),
});
export type EncryptionProvider = z.infer<typeof EncryptionProvider>;

export const EncryptionConfiguration = z.looseObject({
  resources: z
    .array(
      z.looseObject({
        resources: Texts,
        providers: z.array(EncryptionProvider).optional().catch(undefined),
      }),
    )
    .optional()
    .catch(undefined),
});
export type EncryptionConfiguration = z.infer<typeof EncryptionConfiguration>;

export const AuditRule = z.looseObject({
  level: Text,
  users: Texts,
  userGroups: Texts,
  verbs: Texts,
  namespaces: Texts,
  nonResourceURLs: Texts,
  omitStages: Texts,
  resources: z
    .array(z.looseObject({ group: Text, resources: Texts, resourceNames: Texts }))
    .optional()
    .catch(undefined),
});
export type AuditRule = z.infer<typeof AuditRule>;

export const AuditPolicy = z.looseObject({
  rules: z.array(AuditRule).nullish().catch(undefined),
  omitStages: Texts,
});
export type AuditPolicy = z.infer<typeof AuditPolicy>;

export const Kubeconfig = z.looseObject({
  clusters: z
    .array(
      z.looseObject({
        name: Text,
        cluster: loose({ server: Text, 'insecure-skip-tls-verify': Bool }),
      }),
    )
    .nullish()
    .catch(undefined),
  users: z
    .array(
      z.looseObject({
        name: Text,
        user: loose({
          token: Text,
          password: Text,
          'client-key-data': Text,
          'auth-provider': loose({
            name: Text,
            config: z.record(z.string(), z.unknown()).optional().catch(undefined),
          }),
        }),
      }),
    )
    .nullish()
    .catch(undefined),
});
export type Kubeconfig = z.infer<typeof Kubeconfig>;

function isKind(view: KubernetesObjectView, kinds: readonly string[], apiGroups: readonly string[]): boolean {
  const group = (view.resource.apiVersion ?? '').split('/').slice(0, -1).join('/');
  return kinds.includes(view.resource.kind) && apiGroups.includes(group);
}

export function kubeletConfiguration(view: KubernetesObjectView): KubeletConfiguration | undefined {
  if (!isKind(view, ['KubeletConfiguration'], ['kubelet.config.k8s.io'])) return undefined;
  return KubeletConfiguration.safeParse(view.object).data;
}

/** `apiserver.config.k8s.io/v1`, and the `EncryptionConfig` kind of `apiVersion: v1` that Kubernetes 1.13 replaced. */
export function encryptionConfiguration(view: KubernetesObjectView): EncryptionConfiguration | undefined {
  const legacy = isKind(view, ['EncryptionConfig', 'EncryptionConfiguration'], ['']);
  if (!legacy && !isKind(view, ['EncryptionConfiguration'], ['apiserver.config.k8s.io'])) return undefined;
  return EncryptionConfiguration.safeParse(view.object).data;
}

export function auditPolicy(view: KubernetesObjectView): AuditPolicy | undefined {
  if (!isKind(view, ['Policy'], ['audit.k8s.io'])) return undefined;
  return AuditPolicy.safeParse(view.object).data;
}

export function kubeconfig(view: KubernetesObjectView): Kubeconfig | undefined {
  if (!isKind(view, ['Config'], [''])) return undefined;
  return Kubeconfig.safeParse(view.object).data;
}
