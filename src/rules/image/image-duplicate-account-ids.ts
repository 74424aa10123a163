import type { Severity, Violation } from '../../core/index.js';
import type { ImageTextFile } from '../../sources/index.js';
import { defineRule } from '../define-rule.js';
import { accountLines } from './image-utils/accounts.js';
import { fileViolation, imageKinds } from './image-utils/violations.js';

type MessageId = 'duplicateUid' | 'duplicateUserName' | 'duplicateGid' | 'duplicateGroupName';

interface Seen {
  name: string;
  line: number;
}

/** Entries that repeat an id (field 2) or a name (field 0) of an earlier entry, reported at the later line. */
function* duplicates(
  file: ImageTextFile,
  minimumFields: number,
  ids: { id: MessageId; name: MessageId },
  rootSeverity: Severity | undefined,
): Generator<Violation<MessageId>> {
  const byId = new Map<string, Seen>();
  const byName = new Map<string, Seen>();
  for (const { line, fields } of accountLines(file.text)) {
    if (fields.length < minimumFields) continue;
    const name = fields[0] ?? '';
    const id = fields[2] ?? '';
    const sameName = byName.get(name);
    if (sameName !== undefined) yield fileViolation(ids.name, { name, firstLine: sameName.line }, file, line);
    else byName.set(name, { name, line });
    const sameId = byId.get(id);
    if (sameId !== undefined && sameName === undefined) {
      const data = { name, id, other: sameId.name, firstLine: sameId.line };
      // A second UID 0 account is a second root, easily missed when reviewing users.
      yield fileViolation(ids.id, data, file, line, id === '0' ? rootSeverity : undefined);
    } else if (sameId === undefined) byId.set(id, { name, line });
  }
}

export const imageDuplicateAccountIds = defineRule({
  id: 'IM011',
  slug: 'image-duplicate-account-ids',
  title: 'Duplicate user or group ids or names',
  severity: 'low',
  domain: 'image',
  target: 'image',
  appliesTo: imageKinds,
  rationale:
    'Two accounts with one UID (or two groups with one GID) are the same identity to the kernel: files, ' +
    'processes and permissions of one belong to the other, and audit trails name the wrong account. Duplicate ' +
    'names make lookups ambiguous. Low in general; high for a second UID 0 account, a hidden root.',
  remediation:
    'Give every account its own UID and name (`usermod -u`, `groupmod -g`) or remove the extra entry from ' +
    '/etc/passwd and /etc/shadow (/etc/group and /etc/gshadow for groups).',
  references: {
    mitre: ['T1136.001'],
    urls: ['Dockle DKL-LI-0002'],
  },
  messages: {
    duplicateUid: 'user {{name}} has UID {{id}}, already used by {{other}} on line {{firstLine}}',
    duplicateUserName: 'user {{name}} is listed again (first on line {{firstLine}})',
    duplicateGid: 'group {{name}} has GID {{id}}, already used by {{other}} on line {{firstLine}}',
    duplicateGroupName: 'group {{name}} is listed again (first on line {{firstLine}})',
  },
  *check(view) {
    const passwd = view.files.accountFiles['/etc/passwd'];
    if (passwd !== undefined)
      yield* duplicates(passwd, 7, { id: 'duplicateUid', name: 'duplicateUserName' }, 'high');
    const group = view.files.accountFiles['/etc/group'];
    if (group !== undefined)
      yield* duplicates(group, 3, { id: 'duplicateGid', name: 'duplicateGroupName' }, undefined);
  },
});
