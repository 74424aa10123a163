import { z } from 'zod';

// Only the fields rules read are typed; everything else passes through untouched (loose objects).
// A wrong type here is what the API server would reject too, so it becomes an input error with its line.

const StringMap = z.record(
  z.string(),
  z
    .string()
    .nullish()
    .transform((value) => value ?? ''),
);
const IntOrString = z.union([z.number(), z.string()]);
const Quantity = z.union([z.number(), z.string()]);

export const ObjectMeta = z.looseObject({
  name: z.string().optional(),
  generateName: z.string().optional(),
  namespace: z.string().optional(),
  labels: StringMap.nullish(),
  annotations: StringMap.nullish(),
});
export type ObjectMeta = z.infer<typeof ObjectMeta>;

export const KubernetesObject = z.looseObject({
  apiVersion: z.string(),
  kind: z.string(),
  metadata: ObjectMeta.nullish(),
});
export type KubernetesObject = z.infer<typeof KubernetesObject>;

const SeccompProfile = z.looseObject({
  type: z.string().optional(),
  localhostProfile: z.string().optional(),
});
const AppArmorProfile = z.looseObject({
  type: z.string().optional(),
  localhostProfile: z.string().optional(),
});
const SeLinuxOptions = z.looseObject({
  type: z.string().optional(),
  user: z.string().optional(),
  role: z.string().optional(),
  level: z.string().optional(),
});
const WindowsOptions = z.looseObject({ hostProcess: z.boolean().nullish() });

export const ContainerSecurityContext = z.looseObject({
  privileged: z.boolean().nullish(),
  allowPrivilegeEscalation: z.boolean().nullish(),
  readOnlyRootFilesystem: z.boolean().nullish(),
  runAsNonRoot: z.boolean().nullish(),
  runAsUser: z.number().int().nullish(),
  runAsGroup: z.number().int().nullish(),
  procMount: z.string().nullish(),
  capabilities: z
    .looseObject({ add: z.array(z.string()).nullish(), drop: z.array(z.string()).nullish() })
    .nullish(),
  seccompProfile: SeccompProfile.nullish(),
  appArmorProfile: AppArmorProfile.nullish(),
  seLinuxOptions: SeLinuxOptions.nullish(),
  windowsOptions: WindowsOptions.nullish(),
});
export type ContainerSecurityContext = z.infer<typeof ContainerSecurityContext>;

const HttpGet = z.looseObject({
  host: z.string().nullish(),
  port: IntOrString.optional(),
  path: z.string().nullish(),
});
const TcpSocket = z.looseObject({ host: z.string().nullish(), port: IntOrString.optional() });
const Handler = z.looseObject({ httpGet: HttpGet.nullish(), tcpSocket: TcpSocket.nullish() });
export const Probe = Handler;
export type Probe = z.infer<typeof Probe>;

const EnvVar = z.looseObject({
  name: z.string(),
  value: z.union([z.string(), z.number(), z.boolean()]).nullish(),
  valueFrom: z.looseObject({}).nullish(),
});
export type EnvVar = z.infer<typeof EnvVar>;

export const Container = z.looseObject({
  name: z.string().optional(),
  image: z.string().nullish(),
  imagePullPolicy: z.string().nullish(),
  command: z.array(z.string()).nullish(),
  args: z.array(z.string()).nullish(),
  ports: z
    .array(
      z.looseObject({
        containerPort: IntOrString.optional(),
        hostPort: z.number().int().nullish(),
        hostIP: z.string().nullish(),
        name: z.string().nullish(),
        protocol: z.string().nullish(),
      }),
    )
    .nullish(),
  env: z.array(EnvVar).nullish(),
  envFrom: z.array(z.looseObject({})).nullish(),
  resources: z
    .looseObject({
      limits: z.record(z.string(), Quantity).nullish(),
      requests: z.record(z.string(), Quantity).nullish(),
    })
    .nullish(),
  volumeMounts: z
    .array(z.looseObject({ name: z.string(), mountPath: z.string(), readOnly: z.boolean().nullish() }))
    .nullish(),
  livenessProbe: Probe.nullish(),
  readinessProbe: Probe.nullish(),
  startupProbe: Probe.nullish(),
  lifecycle: z.looseObject({ postStart: Handler.nullish(), preStop: Handler.nullish() }).nullish(),
  securityContext: ContainerSecurityContext.nullish(),
});
export type Container = z.infer<typeof Container>;

export const Volume = z.looseObject({
  name: z.string().optional(),
  hostPath: z.looseObject({ path: z.string(), type: z.string().nullish() }).nullish(),
});
export type Volume = z.infer<typeof Volume>;

export const PodSecurityContext = z.looseObject({
  runAsNonRoot: z.boolean().nullish(),
  runAsUser: z.number().int().nullish(),
  runAsGroup: z.number().int().nullish(),
  fsGroup: z.number().int().nullish(),
  seccompProfile: SeccompProfile.nullish(),
  appArmorProfile: AppArmorProfile.nullish(),
  seLinuxOptions: SeLinuxOptions.nullish(),
  windowsOptions: WindowsOptions.nullish(),
  sysctls: z.array(z.looseObject({ name: z.string(), value: z.string().optional() })).nullish(),
});
export type PodSecurityContext = z.infer<typeof PodSecurityContext>;

export const PodSpec = z.looseObject({
  hostNetwork: z.boolean().nullish(),
  hostPID: z.boolean().nullish(),
  hostIPC: z.boolean().nullish(),
  hostUsers: z.boolean().nullish(),
  shareProcessNamespace: z.boolean().nullish(),
  serviceAccountName: z.string().nullish(),
  serviceAccount: z.string().nullish(),
  automountServiceAccountToken: z.boolean().nullish(),
  os: z.looseObject({ name: z.string() }).nullish(),
  securityContext: PodSecurityContext.nullish(),
  volumes: z.array(Volume).nullish(),
  containers: z.array(Container).nullish(),
  initContainers: z.array(Container).nullish(),
  ephemeralContainers: z.array(Container).nullish(),
});
export type PodSpec = z.infer<typeof PodSpec>;

export const PodTemplate = z.looseObject({ metadata: ObjectMeta.nullish(), spec: PodSpec.nullish() });
