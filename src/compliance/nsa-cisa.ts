import type { Catalogue, ControlRow } from './catalogue.js';
import { controlsFrom } from './catalogue.js';

/**
 * NSA/CISA Kubernetes Hardening Guidance v1.2 (August 2022) as a list of controls, numbered by the guide's five
 * main sections. The guide is prose, not a benchmark: the numbering and titles are ours, and nothing in it is
 * labelled automated, so a control counts as automated when a scanner can decide it from configuration.
 */
const rows: readonly ControlRow[] = [
  ['1.1', 'A', 'Containers run as non-root users'],
  ['1.2', 'A', 'Container root filesystems are read-only'],
  ['1.3', 'A', 'Images come from trusted registries and are scanned for vulnerabilities'],
  ['1.4', 'A', 'No privileged containers'],
  ['1.5', 'A', 'Containers do not share host namespaces (PID, IPC, network, UTS, user)'],
  ['1.6', 'A', 'Privilege escalation is disallowed'],
  ['1.7', 'A', 'Linux capabilities are dropped, none added'],
  ['1.8', 'A', 'Host paths and runtime sockets are not mounted'],
  ['1.9', 'A', 'Seccomp, AppArmor or SELinux confine containers'],
  ['1.10', 'M', 'Pod security is enforced at admission'],
  ['1.11', 'A', 'Service account tokens are mounted only where needed'],
  ['1.12', 'M', 'Sandboxed or hardened container runtimes for untrusted workloads'],
  ['2.1', 'A', 'Namespaces separate workloads; the default namespace is not used'],
  ['2.2', 'A', 'Network policies deny traffic by default'],
  ['2.3', 'A', 'Resource requests, limits and quotas are set'],
  ['2.4', 'M', 'The control plane and etcd are not reachable from outside'],
  ['2.5', 'A', 'Services are exposed outside the cluster only deliberately'],
  ['2.6', 'A', 'Traffic is encrypted with TLS'],
  ['2.7', 'A', 'Secrets are kept out of manifests and encrypted at rest'],
  ['2.8', 'A', 'Cloud metadata and cloud identities are protected'],
  ['2.9', 'M', 'Worker nodes are segmented behind a firewall'],
  ['3.1', 'M', 'Anonymous access to the API server and kubelet is off'],
  ['3.2', 'M', 'Users authenticate with strong methods'],
  ['3.3', 'A', 'RBAC grants least privilege'],
  ['3.4', 'A', 'RBAC grants no path to privilege escalation'],
  ['3.5', 'A', 'Nothing is granted to anonymous or all authenticated users'],
  ['4.1', 'M', 'API server audit logging is on with a suitable policy'],
  ['4.2', 'M', 'Container and node logs are collected centrally'],
  ['4.3', 'M', 'Threats are detected and alerted on at runtime'],
  ['5.1', 'M', 'Kubernetes and nodes receive security updates promptly'],
  ['5.2', 'A', 'Images are scanned periodically and rebuilt'],
  ['5.3', 'M', 'Unused components and applications are removed'],
];

/**
 * Which rules decide each control. Kept here rather than in the rules because the guide has no ids rules could
 * cite; a test checks that every id names a registered rule.
 */
export const nsaCisaRuleMapping: Readonly<Record<string, readonly string[]>> = {
  '1.1': ['DC013', 'DF001', 'IM001', 'KW015', 'KW016'],
  '1.2': ['DC014', 'KW020'],
  '1.3': ['DF017', 'DF018', 'KW025', 'KW026', 'KW036', 'VL001'],
  '1.4': ['DC001', 'KW001', 'KW002'],
  '1.5': ['DC004', 'DC005', 'DC006', 'DC007', 'DC008', 'KW003'],
  '1.6': ['DC012', 'KW014'],
  '1.7': ['DC002', 'DC003', 'KW004', 'KW018'],
  '1.8': ['DC009', 'DC010', 'KW005', 'KW033', 'KW034'],
  '1.9': ['DC011', 'KW008', 'KW009', 'KW011', 'KW017'],
  '1.11': ['KW030', 'KW032'],
  '2.1': ['KW031'],
  '2.2': ['KN001', 'KN002', 'KN003', 'KN005'],
  '2.3': ['DC015', 'KW021', 'KW022', 'KW023', 'KW024'],
  '2.5': ['DC017', 'KN010', 'KN011', 'KN012', 'KN015'],
  '2.6': ['KN013'],
  '2.7': ['DC016', 'KN020', 'KN021', 'KW037', 'KW038'],
  '2.8': ['KN030', 'KN031', 'KN032'],
  '3.3': ['KR001', 'KR002', 'KR003', 'KR004', 'KR005', 'KR006', 'KR011', 'KR014', 'KR015', 'KR019'],
  '3.4': ['KR007', 'KR008', 'KR009', 'KR010', 'KR012', 'KR013'],
  '3.5': ['KR016'],
  '5.2': ['VL001'],
};

const controlsByRule = new Map<string, string[]>();
for (const [control, ruleIds] of Object.entries(nsaCisaRuleMapping))
  for (const ruleId of ruleIds) controlsByRule.set(ruleId, [...(controlsByRule.get(ruleId) ?? []), control]);

export const nsaCisa: Catalogue = {
  framework: 'nsa-cisa',
  title: 'NSA/CISA Kubernetes Hardening Guidance',
  version: '1.2',
  controls: controlsFrom(rows),
  controlsCoveredBy: (rule) => controlsByRule.get(rule.id) ?? [],
};
