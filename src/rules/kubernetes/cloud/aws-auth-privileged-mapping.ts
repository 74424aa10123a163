import { parse } from 'yaml';
import { z } from 'zod';
import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';

const Mapping = z.looseObject({
  rolearn: z.string().nullish(),
  userarn: z.string().nullish(),
  username: z.string().nullish(),
  groups: z
    .array(z.string())
    .nullish()
    .transform((value) => value ?? []),
});
const Mappings = z.array(Mapping).nullish();
const Accounts = z.array(z.union([z.string(), z.number()])).nullish();

const nodeGroups = new Set(['system:nodes', 'system:bootstrappers']);

type MessageId = 'masters' | 'nodeIdentity' | 'accounts' | 'invalid';

function readList(
  text: string,
  schema: typeof Mappings | typeof Accounts,
): { value: unknown } | { error: string } {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    return { error: error instanceof Error ? (error.message.split('\n')[0] ?? 'not YAML') : 'not YAML' };
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { error: `${issue?.path.join('.') || 'the list'}: ${issue?.message ?? 'unexpected shape'}` };
  }
  return { value: parsed.data ?? [] };
}

export const awsAuthPrivilegedMapping = defineRule({
  id: 'KN030',
  slug: 'aws-auth-privileged-mapping',
  title: 'aws-auth maps an IAM identity to cluster administrator or node rights',
  severity: 'high',
  domain: 'kubernetes-network',
  target: 'kubernetes-object',
  appliesTo: ['ConfigMap'],
  rationale:
    'On EKS the `kube-system/aws-auth` ConfigMap turns IAM roles and users into Kubernetes users and groups. ' +
    '`system:masters` bypasses RBAC entirely: whoever can assume the role is cluster-admin, no RoleBinding shows ' +
    'it and none can take it away. `system:nodes` and `system:bootstrappers` for an identity that is not a node ' +
    '(username not `system:node:{{EC2PrivateDNSName}}`) let it act as a kubelet. `mapAccounts` lets every IAM ' +
    'identity of an AWS account authenticate. A list that does not parse is refused by the authenticator, which ' +
    'can lock everyone but the cluster creator out.',
  remediation:
    'Map administrators to a group bound to a named ClusterRole with a ClusterRoleBinding (or use EKS access ' +
    'entries and access policies), keep node groups for node instance roles with the node username template, and ' +
    'list individual roles instead of whole accounts.',
  references: {
    mitre: ['T1078.004', 'T1098'],
    urls: ['https://docs.aws.amazon.com/eks/latest/userguide/auth-configmap.html'],
  },
  messages: {
    masters:
      '{{list}} entry {{entry}} maps {{identity}} to system:masters: whoever can assume it is cluster-admin, beyond ' +
      'the reach of RBAC',
    nodeIdentity:
      '{{list}} entry {{entry}} puts {{identity}} (username {{username}}) in {{groups}}: it can act as a node',
    accounts: 'mapAccounts lets every IAM identity of account {{account}} authenticate to the cluster',
    invalid: '{{list}} does not parse ({{problem}}): the authenticator rejects the whole mapping',
  },
  *check(view): Iterable<Violation<MessageId>> {
    const { resource, object } = view;
    if (resource.kind !== 'ConfigMap' || resource.name !== 'aws-auth' || resource.namespace !== 'kube-system')
      return;
    const data = object['data'];
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return;
    const fields = data as Record<string, unknown>;
    for (const list of ['mapRoles', 'mapUsers'] as const) {
      const text = fields[list];
      if (typeof text !== 'string') continue;
      const read = readList(text, Mappings);
      if ('error' in read) {
        yield {
          messageId: 'invalid',
          data: { list, problem: read.error },
          path: ['data', list],
          severity: 'medium',
        };
        continue;
      }
      const entries = read.value as z.infer<typeof Mapping>[];
      for (const [index, entry] of entries.entries()) {
        const identity = entry.rolearn ?? entry.userarn ?? '(no ARN)';
        const base = { list, entry: index + 1, identity };
        if (entry.groups.includes('system:masters'))
          yield { messageId: 'masters', data: base, path: ['data', list], severity: 'critical' };
        const asNode = entry.groups.filter((group) => nodeGroups.has(group));
        const username = entry.username ?? '';
        if (asNode.length > 0 && !username.startsWith('system:node:'))
          yield {
            messageId: 'nodeIdentity',
            data: { ...base, username: username || '(none)', groups: asNode.join(' and ') },
            path: ['data', list],
          };
      }
    }
    const accounts = fields['mapAccounts'];
    if (typeof accounts !== 'string') return;
    const read = readList(accounts, Accounts);
    if ('error' in read) {
      yield {
        messageId: 'invalid',
        data: { list: 'mapAccounts', problem: read.error },
        path: ['data', 'mapAccounts'],
        severity: 'medium',
      };
      return;
    }
    for (const account of read.value as (string | number)[])
      yield {
        messageId: 'accounts',
        data: { account: String(account) },
        path: ['data', 'mapAccounts'],
        severity: 'medium',
      };
  },
});
