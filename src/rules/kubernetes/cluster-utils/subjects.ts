import type { IndexedBinding, IndexedSubject } from '../../../core/index.js';
import { namespaceOf } from '../../../core/index.js';

export const subjectKinds = ['ServiceAccount', 'User', 'Group'] as const;
export type SubjectKind = (typeof subjectKinds)[number];

/** Someone a binding can grant to: a ServiceAccount (with its namespace), a User or a Group. */
export interface SubjectRef {
  kind: SubjectKind;
  name: string;
  namespace?: string;
}

export const anonymousUser = 'system:anonymous';
export const unauthenticatedGroup = 'system:unauthenticated';
export const authenticatedGroup = 'system:authenticated';
export const allServiceAccountsGroup = 'system:serviceaccounts';
const serviceAccountUserPrefix = 'system:serviceaccount:';
const serviceAccountGroupPrefix = 'system:serviceaccounts:';

export function subjectKey(subject: SubjectRef): string {
  return subject.kind === 'ServiceAccount'
    ? `ServiceAccount:${subject.namespace ?? 'default'}/${subject.name}`
    : `${subject.kind}:${subject.name}`;
}

export function describeSubject(subject: SubjectRef): string {
  return subject.kind === 'ServiceAccount'
    ? `ServiceAccount ${subject.namespace ?? 'default'}/${subject.name}`
    : `${subject.kind} ${subject.name}`;
}

/** The user name Kubernetes gives a service account's token. */
export function serviceAccountUserName(namespace: string, name: string): string {
  return `${serviceAccountUserPrefix}${namespace}:${name}`;
}

/**
 * Who a binding's subject names. A ServiceAccount without a namespace is in the RoleBinding's namespace (the
 * authorizer's default); in a ClusterRoleBinding it names nobody. Unknown kinds name nobody.
 */
export function bindingSubjectRef(binding: IndexedBinding, subject: IndexedSubject): SubjectRef | undefined {
  switch (subject.kind) {
    case 'ServiceAccount': {
      const namespace =
        subject.namespace ?? (binding.kind === 'RoleBinding' ? namespaceOf(binding) : undefined);
      return namespace === undefined ? undefined : { kind: 'ServiceAccount', name: subject.name, namespace };
    }
    case 'User':
    case 'Group':
      return { kind: subject.kind, name: subject.name };
    default:
      return undefined;
  }
}

/**
 * Every binding subject that matches this subject: itself, plus the groups Kubernetes puts it in. A service account
 * is also the user `system:serviceaccount:NS:NAME` and a member of `system:serviceaccounts`,
 * `system:serviceaccounts:NS` and `system:authenticated`; an anonymous request is in `system:unauthenticated`.
 */
export function identitiesOf(subject: SubjectRef): SubjectRef[] {
  switch (subject.kind) {
    case 'ServiceAccount': {
      const namespace = subject.namespace ?? 'default';
      return [
        subject,
        { kind: 'User', name: serviceAccountUserName(namespace, subject.name) },
        { kind: 'Group', name: allServiceAccountsGroup },
        { kind: 'Group', name: `${serviceAccountGroupPrefix}${namespace}` },
        { kind: 'Group', name: authenticatedGroup },
      ];
    }
    case 'User': {
      const asServiceAccount = serviceAccountOfUserName(subject.name);
      if (asServiceAccount !== undefined) return identitiesOf(asServiceAccount);
      const group = subject.name === anonymousUser ? unauthenticatedGroup : authenticatedGroup;
      return [subject, { kind: 'Group', name: group }];
    }
    case 'Group':
      return [subject];
  }
}

function serviceAccountOfUserName(name: string): SubjectRef | undefined {
  if (!name.startsWith(serviceAccountUserPrefix)) return undefined;
  const [namespace, account, ...rest] = name.slice(serviceAccountUserPrefix.length).split(':');
  if (
    namespace === undefined ||
    account === undefined ||
    rest.length > 0 ||
    namespace === '' ||
    account === ''
  )
    return undefined;
  return { kind: 'ServiceAccount', name: account, namespace };
}

/** The namespace a `system:serviceaccounts:NS` group covers, if it is one. */
export function serviceAccountGroupNamespace(group: string): string | undefined {
  return group.startsWith(serviceAccountGroupPrefix)
    ? group.slice(serviceAccountGroupPrefix.length)
    : undefined;
}

export type SubjectParse = { subject: SubjectRef } | { error: string };

/**
 * The command-line subject syntax: `system:serviceaccount:NS:NAME` (or `serviceaccount:NS/NAME`), `user:NAME`,
 * `group:NAME`.
 */
export function parseSubject(text: string): SubjectParse {
  const asServiceAccount = serviceAccountOfUserName(text);
  if (asServiceAccount !== undefined) return { subject: asServiceAccount };
  const colon = text.indexOf(':');
  const prefix = colon < 0 ? '' : text.slice(0, colon).toLowerCase();
  const rest = colon < 0 ? '' : text.slice(colon + 1);
  if ((prefix === 'user' || prefix === 'group') && rest !== '')
    return { subject: { kind: prefix === 'user' ? 'User' : 'Group', name: rest } };
  if (prefix === 'serviceaccount' || prefix === 'sa') {
    const [namespace, name, ...extra] = rest.split('/');
    if (namespace && name && extra.length === 0)
      return { subject: { kind: 'ServiceAccount', name, namespace } };
  }
  return {
    error: `cannot read subject "${text}": use system:serviceaccount:NAMESPACE:NAME, user:NAME or group:NAME`,
  };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareSubjects(a: SubjectRef, b: SubjectRef): number {
  return (
    compareText(a.kind, b.kind) ||
    compareText(a.namespace ?? '', b.namespace ?? '') ||
    compareText(a.name, b.name)
  );
}
