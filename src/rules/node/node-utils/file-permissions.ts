import type { Violation } from '../../../core/index.js';
import type { NodeFile, NodeFileRole, NodeFileType, NodeView } from '../../../sources/index.js';
import { filesWithRole } from '../../../sources/index.js';
import { excessBits, formatMode } from '../../../sources/node/file-modes.js';

export const nodeKinds = ['Node'] as const;

/** What a file of one role must look like: its mode at most `maxMode`, owned by root and `group` (root by default). */
export interface FileExpectation {
  role: NodeFileRole;
  maxMode: number;
  /** A group allowed besides root (`docker` for the Docker socket), looked up in the node's /etc/group. */
  group?: string;
  /** Judge only these types (certificates in a folder of folders); every type when absent. */
  types?: readonly NodeFileType[];
}

export const filePermissionMessages = {
  mode: '{{file}} has mode {{mode}}; {{allowed}} or stricter is expected',
  owner: '{{file}} is owned by uid {{uid}}, gid {{gid}}; {{expected}} is expected',
} as const;

type FileMessageId = keyof typeof filePermissionMessages;

function allowedGroups(view: NodeView, group: string | undefined): Set<number> {
  const allowed = new Set([0]);
  const gid = group === undefined ? undefined : view.groups[group];
  if (gid !== undefined) allowed.add(gid);
  return allowed;
}

function describe(file: NodeFile): string {
  return file.realPath === undefined ? file.path : `${file.path} (-> ${file.realPath})`;
}

/** One violation for a mode beyond the expected one, one for an owner other than root (and the allowed group). */
export function* filePermissionViolations(
  view: NodeView,
  expectation: FileExpectation,
): Generator<Violation<FileMessageId>> {
  const groups = allowedGroups(view, expectation.group);
  const expected = `root:${expectation.group ?? 'root'}`;
  for (const file of filesWithRole(view, expectation.role)) {
    if (expectation.types !== undefined && !expectation.types.includes(file.type)) continue;
    if (excessBits(file.mode, expectation.maxMode) !== 0)
      yield {
        messageId: 'mode',
        data: { file: describe(file), mode: formatMode(file.mode), allowed: formatMode(expectation.maxMode) },
        filePath: file.path,
        path: ['mode'],
      };
    if (file.uid !== 0 || !groups.has(file.gid))
      yield {
        messageId: 'owner',
        data: { file: describe(file), uid: file.uid, gid: file.gid, expected },
        filePath: file.path,
        path: ['owner'],
      };
  }
}
