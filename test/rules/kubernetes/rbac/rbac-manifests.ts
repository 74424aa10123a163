// Small RBAC manifests for rule tests. Policy rules and subjects are written one per line (flow style), so a test
// finds the line of the thing it expects with `lineOf`.

const rbac = 'rbac.authorization.k8s.io/v1';

export interface RuleSpec {
  apiGroups?: readonly string[];
  resources?: readonly string[];
  verbs?: readonly string[];
  resourceNames?: readonly string[];
  nonResourceURLs?: readonly string[];
}

function flowList(values: readonly string[]): string {
  return `[${values.map((value) => JSON.stringify(value)).join(', ')}]`;
}

function ruleLine(rule: RuleSpec): string {
  const fields: string[] = [];
  if (rule.apiGroups !== undefined) fields.push(`apiGroups: ${flowList(rule.apiGroups)}`);
  if (rule.resources !== undefined) fields.push(`resources: ${flowList(rule.resources)}`);
  if (rule.resourceNames !== undefined) fields.push(`resourceNames: ${flowList(rule.resourceNames)}`);
  if (rule.nonResourceURLs !== undefined) fields.push(`nonResourceURLs: ${flowList(rule.nonResourceURLs)}`);
  if (rule.verbs !== undefined) fields.push(`verbs: ${flowList(rule.verbs)}`);
  return `  - {${fields.join(', ')}}`;
}

function rulesBlock(rules: readonly RuleSpec[]): string {
  return rules.length === 0 ? 'rules: []' : `rules:\n${rules.map(ruleLine).join('\n')}`;
}

export function role(name: string, rules: readonly RuleSpec[], namespace = 'shop'): string {
  return `apiVersion: ${rbac}\nkind: Role\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\n${rulesBlock(rules)}\n`;
}

export function clusterRole(
  name: string,
  rules: readonly RuleSpec[],
  labels: Record<string, string> = {},
): string {
  const labelLines = Object.entries(labels).map(([key, value]) => `    ${key}: "${value}"`);
  const metadata =
    labelLines.length === 0 ? `  name: ${name}` : `  name: ${name}\n  labels:\n${labelLines.join('\n')}`;
  return `apiVersion: ${rbac}\nkind: ClusterRole\nmetadata:\n${metadata}\n${rulesBlock(rules)}\n`;
}

export interface SubjectSpec {
  kind: 'ServiceAccount' | 'User' | 'Group' | string;
  name: string;
  namespace?: string;
}

function subjectLine(subject: SubjectSpec): string {
  const namespace = subject.namespace === undefined ? '' : `, namespace: ${subject.namespace}`;
  const group = subject.kind === 'ServiceAccount' ? '' : ', apiGroup: rbac.authorization.k8s.io';
  return `  - {kind: ${subject.kind}, name: "${subject.name}"${namespace}${group}}`;
}

export const sa = (name: string, namespace = 'shop'): SubjectSpec => ({
  kind: 'ServiceAccount',
  name,
  namespace,
});
export const user = (name: string): SubjectSpec => ({ kind: 'User', name });
export const group = (name: string): SubjectSpec => ({ kind: 'Group', name });

function subjectsBlock(subjects: readonly SubjectSpec[]): string {
  return subjects.length === 0 ? 'subjects: []' : `subjects:\n${subjects.map(subjectLine).join('\n')}`;
}

export interface RoleRefSpec {
  kind: 'Role' | 'ClusterRole' | string;
  name: string;
}

export function roleBinding(
  name: string,
  roleRef: RoleRefSpec,
  subjects: readonly SubjectSpec[],
  namespace = 'shop',
): string {
  return (
    `apiVersion: ${rbac}\nkind: RoleBinding\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\n` +
    `roleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ${roleRef.kind}\n  name: ${roleRef.name}\n` +
    `${subjectsBlock(subjects)}\n`
  );
}

export function clusterRoleBinding(
  name: string,
  roleRef: RoleRefSpec,
  subjects: readonly SubjectSpec[],
): string {
  return (
    `apiVersion: ${rbac}\nkind: ClusterRoleBinding\nmetadata:\n  name: ${name}\n` +
    `roleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ${roleRef.kind}\n  name: ${roleRef.name}\n` +
    `${subjectsBlock(subjects)}\n`
  );
}

export function serviceAccount(name: string, namespace = 'shop', automount?: boolean): string {
  const mount = automount === undefined ? '' : `automountServiceAccountToken: ${automount}\n`;
  return `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\n${mount}`;
}

export function deployment(name: string, namespace = 'shop', account?: string): string {
  const accountLine = account === undefined ? '' : `      serviceAccountName: ${account}\n`;
  return (
    `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\n` +
    `spec:\n  selector:\n    matchLabels: {app: ${name}}\n  template:\n    metadata:\n      labels: {app: ${name}}\n` +
    `    spec:\n${accountLine}      containers:\n        - name: app\n          image: registry.example.com/${name}:1\n`
  );
}

/** A multi-document manifest. */
export function manifest(...documents: readonly string[]): string {
  return documents.join('---\n');
}

/** The 1-based line of the `occurrence`-th line that contains `snippet`; throws when there is none. */
export function lineOf(code: string, snippet: string, occurrence = 1): number {
  let seen = 0;
  for (const [index, line] of code.split('\n').entries()) {
    if (!line.includes(snippet)) continue;
    seen += 1;
    if (seen === occurrence) return index + 1;
  }
  throw new Error(`no line ${occurrence} containing ${snippet} in:\n${code}`);
}

/** The line of a subject entry: `name: "web"` on a subject line. */
export function subjectLineOf(code: string, name: string, occurrence = 1): number {
  return lineOf(code, `name: "${name}"`, occurrence);
}
