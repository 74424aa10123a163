import { defineRule } from '../define-rule.js';
import { parseHistoryStep } from './image-utils/history.js';
import { imageKinds } from './image-utils/violations.js';

const remoteSource = /^https?:\/\//i;

export const imageAddRemoteUrl = defineRule({
  id: 'IM005',
  slug: 'image-add-remote-url',
  title: 'Image history shows ADD of a URL without a checksum',
  severity: 'medium',
  domain: 'image',
  target: 'image',
  appliesTo: imageKinds,
  rationale:
    'ADD fetched the URL at build time and trusted whatever the server returned: a compromised or changed ' +
    'download went straight into the layer, and the build cannot be reproduced. Medium, like DF004: the risk is ' +
    'real but needs a compromised server or network path.',
  remediation:
    'Rebuild with `ADD --checksum=sha256:<digest> <url>`, or download in a RUN and verify the file ' +
    '(`sha256sum -c`) before using it.',
  references: {
    cis: ['docker-1.6:4.9'],
    urls: ['Dockle CIS-DI-0009', 'https://docs.docker.com/reference/dockerfile/#add---checksum'],
  },
  messages: {
    unverified: 'ADD downloaded {{url}} without --checksum, so its content was not verified',
  },
  *check(view) {
    for (const entry of view.history) {
      const step = parseHistoryStep(entry.createdBy);
      if (step.keyword !== 'ADD') continue;
      const words = step.text.split(/\s+/);
      if (words.some((word) => word.startsWith('--checksum='))) continue;
      const url = words.find((word) => remoteSource.test(word));
      if (url === undefined) continue;
      yield {
        messageId: 'unverified',
        data: { url },
        path: ['history', entry.index, 'created_by'],
        ...(entry.layer === undefined ? {} : { layer: entry.layer }),
      };
    }
  },
});
