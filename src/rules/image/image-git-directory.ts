import { defineRule } from '../define-rule.js';
import { fileViolation, imageKinds } from './image-utils/violations.js';

export const imageGitDirectory = defineRule({
  id: 'IM013',
  slug: 'image-git-directory',
  title: 'Git repository shipped in the image',
  severity: 'medium',
  domain: 'image',
  target: 'image',
  appliesTo: imageKinds,
  rationale:
    'A `.git` folder carries the whole history of the source: deleted files, old credentials, remote URLs with ' +
    'tokens (`.git/config`), and code the image was not meant to publish. Deleting it in a later layer does not ' +
    'remove it from the layer that copied it. Medium: a frequent source of leaked secrets and source code.',
  remediation:
    'Add `.git` to `.dockerignore`, or copy only build outputs into the final stage of a multi-stage build.',
  references: {
    mitre: ['T1552.001'],
    urls: ['Dockle DKL-LI-0003', 'https://docs.docker.com/build/concepts/context/#dockerignore-files'],
  },
  messages: {
    repository: '{{path}} ships a Git repository',
    removedLater:
      '{{path}} (a Git repository) was removed by a later layer, but the layer that copied it still ships it',
  },
  *check(view) {
    for (const folder of view.files.gitDirectories)
      yield fileViolation(folder.fossil ? 'removedLater' : 'repository', { path: folder.path }, folder);
  },
});
