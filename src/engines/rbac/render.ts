import type { ReportError } from '../../core/index.js';
import type { SubjectRef } from '../../rules/kubernetes/cluster-utils/subjects.js';
import { describeSubject } from '../../rules/kubernetes/cluster-utils/subjects.js';
import type { CanAnswer, ObjectRef, RuleRef, ScopeRef, WhoCanAnswer } from './queries.js';

function describeRef(ref: ObjectRef): string {
  const name = ref.namespace === undefined ? ref.name : `${ref.namespace}/${ref.name}`;
  return `${ref.builtIn === true ? 'built-in ' : ''}${ref.kind} ${name}`;
}

function describeScope(scope: ScopeRef): string {
  return 'cluster' in scope ? 'cluster-wide' : `namespace ${scope.namespace}`;
}

/** Where the rule is written; names its role only when it is not the bound one (aggregation). */
function where(rule: RuleRef, bound: ObjectRef): string {
  const other = rule.role.name !== bound.name || rule.role.kind !== bound.kind;
  if (rule.role.builtIn === true) return other ? `built-in ${rule.role.kind} ${rule.role.name}` : 'built-in';
  const at = `${rule.role.file ?? ''}:${rule.line ?? 0}`;
  return other ? `${at} in ${describeRef(rule.role)}` : at;
}

function list(values: readonly string[]): string {
  return values.length === 0 ? '-' : values.join(',');
}

function groupsOf(rule: RuleRef): string {
  return list(rule.apiGroups.map((group) => (group === '' ? 'core' : group)));
}

/** Aligned columns; the last column is not padded. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

function errorSection(errors: readonly ReportError[]): string {
  if (errors.length === 0) return '';
  const lines = errors.map((error) => `  ${error.file}:${error.line}: ${error.message}`);
  return `\n${errors.length} input error${errors.length === 1 ? '' : 's'}:\n${lines.join('\n')}\n`;
}

export function renderWhoCanTable(answer: WhoCanAnswer): string {
  if (answer.subjects.length === 0)
    return `no subject in the input may do that\n${errorSection(answer.errors)}`;
  const rows = answer.subjects.map((row) => [
    describeSubject(row.subject),
    describeScope(row.scope),
    `${describeRef(row.binding)} -> ${describeRef(row.role)}`,
    `${where(row.rule, row.role)}${row.onlyNames === undefined ? '' : ` (only ${row.onlyNames.join(', ')})`}`,
  ]);
  return `${table(['SUBJECT', 'SCOPE', 'BINDING -> ROLE', 'RULE'], rows)}\n${errorSection(answer.errors)}`;
}

function subjectLine(subject: SubjectRef, identities: readonly SubjectRef[]): string {
  const groups = identities.filter((identity) => identity.kind === 'Group').map((identity) => identity.name);
  return `${describeSubject(subject)}${groups.length === 0 ? '' : ` (groups: ${groups.join(', ')})`}`;
}

export function renderCanTable(answer: CanAnswer): string {
  const rows: string[][] = [];
  for (const grant of answer.grants) {
    const via = `${describeRef(grant.binding)} -> ${describeRef(grant.role)}`;
    const scope = describeScope(grant.scope);
    if (grant.roleStatus !== 'found') {
      rows.push([scope, '-', '-', '-', `${via} (${grant.roleStatus} role)`]);
      continue;
    }
    for (const rule of grant.rules) {
      const resources =
        rule.nonResourceURLs.length > 0
          ? list(rule.nonResourceURLs)
          : `${list(rule.resources)}${rule.resourceNames.length > 0 ? ` (only ${rule.resourceNames.join(',')})` : ''}`;
      rows.push([scope, list(rule.verbs), groupsOf(rule), resources, `${via} (${where(rule, grant.role)})`]);
    }
  }
  const head = `${subjectLine(answer.subject, answer.identities)}\n`;
  const workloads =
    answer.workloads.length === 0
      ? ''
      : `\nworkloads that carry its token:\n${answer.workloads.map((ref) => `  ${describeRef(ref)} (${ref.file ?? ''}:${ref.line ?? 0})`).join('\n')}\n`;
  const body =
    rows.length === 0
      ? 'no binding in the input grants it anything\n'
      : `${table(['SCOPE', 'VERBS', 'API GROUPS', 'RESOURCES', 'GRANTED BY'], rows)}\n`;
  return `${head}${body}${workloads}${errorSection(answer.errors)}`;
}

export function renderJson(answer: WhoCanAnswer | CanAnswer): string {
  return `${JSON.stringify(answer, null, 2)}\n`;
}
