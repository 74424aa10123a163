import { defineRule } from '../define-rule.js';
import { parseHistoryStep } from './image-utils/history.js';
import { downloadedAndRun } from './image-utils/remote-scripts.js';
import { imageKinds } from './image-utils/violations.js';

export const imageDownloadPipedToShell = defineRule({
  id: 'IM006',
  slug: 'image-download-piped-to-shell',
  title: 'Image history shows a downloaded script run unverified',
  severity: 'high',
  domain: 'image',
  target: 'image',
  appliesTo: imageKinds,
  rationale:
    'A RUN step executed whatever a server sent (`curl … | sh`, `wget -O- … | bash`, `sh -c "$(curl …)"`) with ' +
    'no checksum or signature: a compromised host or a man in the middle had code execution inside the build, ' +
    'and the result differs from one build to the next. High, like DF005.',
  remediation:
    'Download the script to a file, verify its checksum or signature (`sha256sum -c`, `gpg --verify`) and only ' +
    'then run it; better, install a pinned package or copy a vetted artifact. Rebuild the image.',
  references: {
    urls: ['https://docs.docker.com/build/building/best-practices/#run'],
  },
  messages: {
    piped: 'a RUN step ran {{downloader}} output through {{interpreter}} unverified',
  },
  *check(view) {
    for (const entry of view.history) {
      const step = parseHistoryStep(entry.createdBy);
      if (step.keyword !== 'RUN') continue;
      const found = downloadedAndRun(step.text);
      if (found === undefined) continue;
      yield {
        messageId: 'piped',
        data: { downloader: found.downloader, interpreter: found.interpreter },
        path: ['history', entry.index, 'created_by'],
        ...(entry.layer === undefined ? {} : { layer: entry.layer }),
      };
    }
  },
});
