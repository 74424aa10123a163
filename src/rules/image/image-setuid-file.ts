import { defineRule } from '../define-rule.js';
import { fileViolation, formatMode, imageKinds } from './image-utils/violations.js';

const setuid = 0o4000;

export const imageSetuidFile = defineRule({
  id: 'IM008',
  slug: 'image-setuid-file',
  title: 'setuid or setgid file in the image',
  severity: 'low',
  domain: 'image',
  target: 'image',
  appliesTo: imageKinds,
  rationale:
    'A setuid or setgid program runs with its owner or group rights whoever starts it; a bug in any of them is a ' +
    'privilege escalation inside the container. Most base images ship a few (`passwd`, `su`, `mount`) that ' +
    'containers never need. Low for setuid, info for setgid alone: each file is a foothold, not an exploit. ' +
    'Files a later layer removed are not reported: they cannot be executed from the final file system.',
  remediation:
    'Strip the bits in the final stage (`RUN find / -xdev -perm /6000 -type f -exec chmod a-s {} +`), remove ' +
    'packages that are not needed, and run containers with `no-new-privileges`, which makes the bits inert.',
  references: {
    cis: ['docker-1.6:4.8'],
    mitre: ['T1548.001'],
    urls: ['Dockle CIS-DI-0008'],
  },
  messages: {
    setuid: '{{path}} is setuid (mode {{mode}}, owner UID {{uid}})',
    setgid: '{{path}} is setgid (mode {{mode}}, group GID {{gid}})',
  },
  *check(view) {
    for (const file of view.files.setuidFiles) {
      if (file.fossil) continue;
      const data = { path: file.path, mode: formatMode(file.mode), uid: file.uid, gid: file.gid };
      if ((file.mode & setuid) !== 0) yield fileViolation('setuid', data, file);
      else yield fileViolation('setgid', data, file, undefined, 'info');
    }
  },
});
