import type { ImageFileEntry } from '../../sources/index.js';
import { defineRule } from '../define-rule.js';
import { fileViolation, formatMode, imageKinds } from './image-utils/violations.js';

const sticky = 0o1000;
const worldWritable = 0o002;

/** Sticky folders (`/tmp`, `/var/tmp`) are meant to be shared: users can only remove their own files there. */
function isReportable(entry: ImageFileEntry): boolean {
  if (entry.fossil || (entry.mode & worldWritable) === 0) return false;
  if (entry.type === 'directory') return (entry.mode & sticky) === 0;
  return entry.type === 'file';
}

/** The closest reported folder above `path`, if any. */
function reportedAncestor(path: string, folders: ReadonlyMap<string, number>): string | undefined {
  for (let slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
    const folder = path.slice(0, slash);
    if (folders.has(folder)) return folder;
  }
  return undefined;
}

export const imageWorldWritablePath = defineRule({
  id: 'IM009',
  slug: 'image-world-writable-path',
  title: 'World-writable file or folder in the image',
  severity: 'medium',
  domain: 'image',
  target: 'image',
  appliesTo: imageKinds,
  rationale:
    'Any user in the container can change a world-writable file, and replace or plant files in a world-writable ' +
    'folder that is not sticky: a program, a script or a configuration that a more privileged process later ' +
    'reads or runs. Medium: it turns a foothold as one user into code running as another. Sticky folders such as ' +
    '`/tmp` and symbolic links (always 0777) are exempt; paths a later layer removed are not reported.',
  remediation:
    'Give the path to the user that needs it instead of to everyone: `COPY --chown=app:app`, `chown app`, and ' +
    'modes such as 0755/0644 (or 1777 for a shared scratch folder).',
  references: {
    urls: ['https://docs.docker.com/reference/dockerfile/#copy---chown---chmod'],
  },
  messages: {
    file: '{{path}} is writable by every user (mode {{mode}})',
    folder: 'folder {{path}} is writable by every user and not sticky (mode {{mode}})',
    folderWithContent:
      'folder {{path}} is writable by every user and not sticky (mode {{mode}}), and so are {{count}} paths under it',
  },
  *check(view) {
    const reportable = view.files.worldWritable.filter(isReportable);
    // `chmod -R 777 /app` makes thousands of paths writable: one finding for the top folder says it all.
    const folders = new Map<string, number>();
    const files = new Set<ImageFileEntry>();
    for (const entry of reportable) {
      const ancestor = reportedAncestor(entry.path, folders);
      if (ancestor !== undefined) folders.set(ancestor, (folders.get(ancestor) ?? 0) + 1);
      else if (entry.type === 'directory') folders.set(entry.path, 0);
      else files.add(entry);
    }
    for (const entry of reportable) {
      const data = { path: entry.path, mode: formatMode(entry.mode) };
      const count = entry.type === 'directory' ? folders.get(entry.path) : undefined;
      if (count === 0) yield fileViolation('folder', data, entry);
      else if (count !== undefined) yield fileViolation('folderWithContent', { ...data, count }, entry);
      else if (files.has(entry)) yield fileViolation('file', data, entry);
    }
  },
});
