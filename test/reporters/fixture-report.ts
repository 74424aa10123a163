import type { Finding, Location, Report, ResourceRef, RuleMeta, Suppression } from '../../src/core/index.js';
import { createReport, fingerprintOf } from '../../src/core/index.js';

/**
 * The one fixed report every golden file renders: three files with findings of every severity, two suppressed
 * findings (inline and config), an expired suppression's note, a finding without a line, two input errors, and a
 * message full of `<>&"'` and a `<script>` tag. Rule metadata is fixed here too, so goldens change only when a
 * reporter does.
 */

function rule(meta: Omit<RuleMeta, 'messages' | 'appliesTo'> & { appliesTo?: string[] }): RuleMeta {
  return { appliesTo: ['Deployment'], ...meta, messages: { default: meta.title } };
}

export const fixtureRules: readonly RuleMeta[] = [
  rule({
    id: 'DC003',
    slug: 'docker-socket-mount',
    title: 'Docker socket mounted into a service',
    severity: 'critical',
    domain: 'compose',
    target: 'compose-service',
    appliesTo: ['ComposeService'],
    rationale: 'Whoever can reach the Docker socket controls the Docker host as root.',
    remediation:
      'Remove the `/var/run/docker.sock` volume; use a socket proxy that allows only the calls needed.',
    references: { cis: ['docker-1.6:5.31'], mitre: ['T1611'] },
  }),
  rule({
    id: 'DC015',
    slug: 'no-pids-limit',
    title: 'Service without a process limit',
    severity: 'info',
    domain: 'compose',
    target: 'compose-service',
    appliesTo: ['ComposeService'],
    rationale: 'Without a pids limit a fork bomb in one container starves the whole host.',
    remediation: 'Set `pids_limit` (or `deploy.resources.limits.pids`).',
    references: {},
  }),
  rule({
    id: 'DF002',
    slug: 'last-user-root',
    title: 'Image runs as root',
    severity: 'high',
    domain: 'dockerfile',
    target: 'dockerfile',
    appliesTo: ['Dockerfile'],
    rationale: 'A process running as root in the container is root on the host once it escapes.',
    remediation: 'Add `USER <non-root uid>` after the last step that needs root.',
    references: { hadolint: ['DL3002'], trivy: ['DS-0002'] },
  }),
  rule({
    id: 'DF010',
    slug: 'secret-in-env',
    title: 'Secret in ENV or ARG',
    severity: 'critical',
    domain: 'dockerfile',
    target: 'dockerfile',
    appliesTo: ['Dockerfile'],
    rationale:
      'ENV and ARG values are stored in the image config and history, readable by anyone who pulls it.',
    remediation:
      'Pass secrets at build time with `RUN --mount=type=secret` and at run time from a secret store.',
    references: { trivy: ['DS-0031'], mitre: ['T1552.001'] },
  }),
  rule({
    id: 'DF020',
    slug: 'apt-no-install-recommends',
    title: 'apt-get install without --no-install-recommends',
    severity: 'low',
    domain: 'dockerfile',
    target: 'dockerfile',
    appliesTo: ['Dockerfile'],
    rationale: 'Recommended packages widen the attack surface with software nobody asked for.',
    remediation: 'Add `--no-install-recommends` to `apt-get install`.',
    references: { hadolint: ['DL3015'] },
  }),
  rule({
    id: 'DF031',
    slug: 'add-remote-url',
    title: 'ADD fetches a remote URL',
    severity: 'medium',
    domain: 'dockerfile',
    target: 'dockerfile',
    appliesTo: ['Dockerfile'],
    rationale:
      'ADD downloads without verifying a checksum, so a compromised server changes the image silently.',
    remediation: 'Use `ADD --checksum=sha256:…` or download with curl and verify the digest.',
    references: { hadolint: ['DL3020'] },
  }),
  rule({
    id: 'KW001',
    slug: 'privileged-container',
    title: 'Privileged container',
    severity: 'critical',
    domain: 'kubernetes-workload',
    target: 'pod-spec',
    rationale:
      'A privileged container has every capability and the host devices; escaping to the node is trivial.',
    remediation: 'Remove `securityContext.privileged: true` and add only the capabilities the process needs.',
    references: {
      pss: { level: 'baseline', control: 'privileged' },
      cis: ['k8s-1.9:5.2.2'],
      trivy: ['KSV-0017'],
      mitre: ['T1611'],
      urls: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline'],
    },
  }),
  rule({
    id: 'KW012',
    slug: 'memory-limit',
    title: 'Container without a memory limit',
    severity: 'medium',
    domain: 'kubernetes-workload',
    target: 'pod-spec',
    rationale: 'A container without a memory limit can exhaust the node and evict its neighbours.',
    remediation: 'Set `resources.limits.memory` on every container.',
    references: { trivy: ['KSV-0018'] },
  }),
  rule({
    id: 'KW020',
    slug: 'env-secret-literal',
    title: 'Secret written literally in env',
    severity: 'high',
    domain: 'kubernetes-workload',
    target: 'pod-spec',
    rationale:
      'A literal secret in a manifest ends up in Git, in the API server and in every `kubectl get -o yaml`.',
    remediation: 'Reference a Secret with `valueFrom.secretKeyRef` instead of writing the value.',
    references: { mitre: ['T1552.007'], urls: ['javascript:alert(1)'] },
  }),
  rule({
    id: 'KW030',
    slug: 'image-tag-latest',
    title: 'Image without a pinned tag',
    severity: 'low',
    domain: 'kubernetes-workload',
    target: 'pod-spec',
    rationale: 'A floating tag deploys whatever was pushed last, so rollbacks and audits cannot trust it.',
    remediation: 'Pin the image by digest or by an immutable version tag.',
    references: {},
    optIn: true,
  }),
  rule({
    id: 'KW040',
    slug: 'host-network',
    title: 'Pod shares the host network',
    severity: 'high',
    domain: 'kubernetes-workload',
    target: 'pod-spec',
    rationale: 'With the host network a pod can sniff node traffic and reach services bound to localhost.',
    remediation: 'Remove `hostNetwork: true`.',
    references: { pss: { level: 'baseline', control: 'hostNamespaces' } },
  }),
];

interface FindingInput {
  ruleId: string;
  message: string;
  location: Location;
  resource: ResourceRef;
  anchor: string;
  suppression?: Suppression;
  note?: string;
}

function finding(input: FindingInput): Finding {
  const meta = fixtureRules.find((candidate) => candidate.id === input.ruleId);
  if (meta === undefined) throw new Error(`fixture uses unknown rule ${input.ruleId}`);
  const identity = `${input.resource.kind}/${input.resource.namespace ?? ''}/${input.resource.name}`;
  return {
    ruleId: meta.id,
    slug: meta.slug,
    severity: meta.severity,
    title: meta.title,
    messageId: 'default',
    message: input.message,
    location: input.location,
    resource: input.resource,
    references: meta.references,
    status: input.suppression === undefined ? 'fail' : 'suppressed',
    ...(input.suppression === undefined ? {} : { suppression: input.suppression }),
    ...(input.note === undefined ? {} : { note: input.note }),
    fingerprint: fingerprintOf(meta.id, identity, input.anchor),
  };
}

const dockerfile: ResourceRef = { kind: 'Dockerfile', name: 'Dockerfile' };
const web: ResourceRef = { kind: 'ComposeService', name: 'web' };
const api: ResourceRef = { kind: 'Deployment', namespace: 'prod', name: 'api' };
const container = 'spec.template.spec.containers[0]';

/** Given out of order on purpose: `createReport` sorts, as the CLI does, and reporters keep that order. */
const findings: Finding[] = [
  finding({
    ruleId: 'KW020',
    message: `env "DB_<PASSWORD>" in container "app" is written literally: 'a&b' <script>alert("owned")</script>`,
    location: {
      file: 'deploy/api.yaml',
      startLine: 24,
      startColumn: 15,
      endLine: 24,
      endColumn: 31,
      path: `${container}.env[1].value`,
    },
    resource: api,
    anchor: `${container}.env[1].value`,
  }),
  finding({
    ruleId: 'DF002',
    message: 'the last USER of stage "runtime" is root',
    location: { file: 'Dockerfile', startLine: 14, startColumn: 1, endLine: 14, endColumn: 10 },
    resource: dockerfile,
    anchor: 'runtime/USER root',
  }),
  finding({
    ruleId: 'DF010',
    message: 'ENV API_TOKEN holds a secret (ghp_…a1b2, masked)',
    location: { file: 'Dockerfile', startLine: 5, startColumn: 5, endLine: 5, endColumn: 36 },
    resource: dockerfile,
    anchor: 'build/ENV API_TOKEN',
  }),
  finding({
    ruleId: 'DF020',
    message: 'apt-get install without --no-install-recommends',
    location: { file: 'Dockerfile', startLine: 7, startColumn: 1, endLine: 9, endColumn: 28 },
    resource: dockerfile,
    anchor: 'build/RUN apt-get install',
  }),
  finding({
    ruleId: 'DF031',
    message: 'ADD downloads https://example.com/tool.tar.gz without --checksum',
    location: { file: 'Dockerfile', startLine: 11, startColumn: 1, endLine: 11, endColumn: 45 },
    resource: dockerfile,
    anchor: 'build/ADD https://example.com/tool.tar.gz',
    suppression: {
      source: 'inline',
      reason: 'vendor publishes no checksum; tracked in SEC-142',
      expires: '2027-01-31',
    },
  }),
  finding({
    ruleId: 'DC003',
    message: 'service "web" mounts the Docker socket /var/run/docker.sock',
    location: {
      file: 'compose.yaml',
      startLine: 9,
      startColumn: 9,
      endLine: 9,
      endColumn: 55,
      path: 'services.web.volumes[0]',
    },
    resource: web,
    anchor: 'services.web.volumes[0]',
  }),
  finding({
    ruleId: 'DC015',
    message: 'service "web" has no pids limit',
    location: { file: 'compose.yaml' },
    resource: web,
    anchor: 'services.web',
  }),
  finding({
    ruleId: 'KW001',
    message: 'container "app" runs privileged (securityContext.privileged: true)',
    location: {
      file: 'deploy/api.yaml',
      startLine: 21,
      startColumn: 25,
      endLine: 21,
      endColumn: 29,
      path: `${container}.securityContext.privileged`,
    },
    resource: api,
    anchor: `${container}.securityContext.privileged`,
  }),
  finding({
    ruleId: 'KW012',
    message: 'container "app" has no memory limit',
    location: {
      file: 'deploy/api.yaml',
      startLine: 17,
      startColumn: 11,
      endLine: 17,
      endColumn: 14,
      path: `${container}.resources.limits.memory`,
    },
    resource: api,
    anchor: `${container}.resources.limits.memory`,
    note: 'suppression (annotation) expired on 2025-06-30: "load test until June"',
  }),
  finding({
    ruleId: 'KW030',
    message: 'container "app" uses image "registry.example.com/api:latest" without a pinned tag',
    location: {
      file: 'deploy/api.yaml',
      startLine: 18,
      startColumn: 18,
      endLine: 18,
      endColumn: 50,
      path: `${container}.image`,
    },
    resource: api,
    anchor: `${container}.image`,
    suppression: { source: 'config', reason: 'staging mirror retags nightly' },
  }),
];

export const fixtureReport: Report = createReport(
  '1.2.3',
  [
    { type: 'kubernetes', path: 'deploy/api.yaml' },
    { type: 'dockerfile', path: 'Dockerfile' },
    { type: 'compose', path: 'compose.yaml' },
    { type: 'kubernetes', path: 'deploy/clean.yaml' },
    { type: 'kubernetes', path: 'deploy/broken.yaml' },
  ],
  findings,
  [
    { file: 'deploy/broken.yaml', line: 4, column: 7, message: 'YAML: a mapping value is not allowed here' },
    { file: '.bulwark.yaml', line: 3, message: 'unknown key "failon" <did you mean "failOn"?> & more' },
  ],
);
