import type { Violation } from '../../core/index.js';
import type { IntegrityChange } from '../../sources/index.js';
import { formatMode } from '../../sources/node/file-modes.js';
import { defineRule } from '../define-rule.js';
import { nodeKinds } from './node-utils/file-permissions.js';

const messages = {
  content: '{{file}} changed since the baseline (sha256 {{expected}} -> {{actual}})',
  mode: '{{file}} changed mode since the baseline ({{expected}} -> {{actual}})',
  added: '{{file}} is not in the baseline (sha256 {{actual}})',
  removed: '{{file}} is in the baseline but no longer on the node',
} as const;

function short(hash: string): string {
  return hash.slice(0, 12);
}

function violationOf(change: IntegrityChange): Violation<keyof typeof messages> {
  const where = { filePath: change.path };
  switch (change.change) {
    case 'content':
      return {
        messageId: 'content',
        data: { file: change.path, expected: short(change.expected), actual: short(change.actual) },
        ...where,
        path: ['sha256'],
      };
    case 'mode':
      return {
        messageId: 'mode',
        data: { file: change.path, expected: formatMode(change.expected), actual: formatMode(change.actual) },
        ...where,
        path: ['mode'],
        severity: 'medium',
      };
    case 'added':
      return {
        messageId: 'added',
        data: { file: change.path, actual: short(change.actual) },
        ...where,
        path: ['sha256'],
        severity: 'medium',
      };
    case 'removed':
      return {
        messageId: 'removed',
        data: { file: change.path },
        ...where,
        path: ['path'],
        severity: 'medium',
      };
  }
}

export const nodeIntegrityChanged = defineRule({
  id: 'KC140',
  slug: 'node-integrity-changed',
  title: 'runtime binary or config differs from the integrity baseline',
  severity: 'high',
  domain: 'kubernetes-config',
  target: 'node',
  appliesTo: nodeKinds,
  rationale:
    'The kubelet, containerd, its shims, runc and dockerd run as root and see every container; a replaced binary ' +
    'or config is a persistent, invisible foothold on the node. Comparing their SHA-256 and mode with a baseline ' +
    'taken when the node was known good shows any change, planned (an upgrade) or not. Only reported with --baseline.',
  remediation:
    'Find out why the file changed. A planned upgrade: record a new baseline with `bulwark node --write-baseline`. ' +
    'Anything else: take the node out of service and rebuild it from a trusted image.',
  references: {
    mitre: ['T1554', 'T1543'],
    urls: ['https://csrc.nist.gov/pubs/sp/800/190/final'],
  },
  messages,
  *check(view) {
    for (const change of view.integrity ?? []) yield violationOf(change);
  },
});
