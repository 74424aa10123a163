import { defineRule } from '../define-rule.js';
import { fileViolation, imageKinds } from './image-utils/violations.js';

/** What each cache folder holds, for the message. */
const cacheNames: readonly { folder: RegExp; name: string }[] = [
  { folder: /^\/var\/cache\/apt\/archives$/, name: 'apt package archives (.deb)' },
  { folder: /^\/var\/lib\/apt\/lists$/, name: 'apt package lists' },
  { folder: /^\/var\/cache\/apk$/, name: 'apk cache' },
  { folder: /^\/var\/cache\/yum$/, name: 'yum cache' },
  { folder: /^\/var\/cache\/dnf$/, name: 'dnf cache' },
  { folder: /\/\.cache\/pip$/, name: 'pip cache' },
  { folder: /\/\.npm\/_cacache$/, name: 'npm cache' },
  { folder: /\/\.cache\/yarn$/, name: 'Yarn cache' },
  { folder: /\/\.cache\/go-build$/, name: 'Go build cache' },
];

function cacheName(path: string): string {
  return cacheNames.find((each) => each.folder.test(path))?.name ?? 'package-manager cache';
}

export const imagePackageCache = defineRule({
  id: 'IM012',
  slug: 'image-package-cache',
  title: 'Package-manager cache left in the image',
  severity: 'low',
  domain: 'image',
  target: 'image',
  appliesTo: imageKinds,
  rationale:
    'Downloaded packages and package indexes serve no purpose at run time: they make every pull and every node ' +
    'larger, and stale indexes invite installs of outdated versions in derived images. Removing them in a later ' +
    'layer does not help, because the layer that wrote them still ships them. Low: waste and drift, not a direct ' +
    'risk.',
  remediation:
    'Clean up in the same RUN that installs: `apt-get install … && rm -rf /var/lib/apt/lists/*`, ' +
    '`apk add --no-cache`, `pip install --no-cache-dir`, `npm ci && npm cache clean --force`, `dnf clean all`; ' +
    'or use a cache mount (`RUN --mount=type=cache,target=/root/.cache/pip`), which never enters the layer.',
  references: {
    hadolint: ['DL3009', 'DL3019', 'DL3042'],
    urls: ['Dockle DKL-DI-0005', 'https://docs.docker.com/build/cache/optimize/#use-cache-mounts'],
  },
  messages: {
    cache: '{{cache}} left in {{path}}',
    removedLater:
      '{{cache}} in {{path}} was removed by a later layer, but the layer that wrote it still ships it',
  },
  *check(view) {
    for (const cache of view.files.caches) {
      const data = { cache: cacheName(cache.path), path: cache.path };
      yield fileViolation(cache.fossil ? 'removedLater' : 'cache', data, cache);
    }
  },
});
