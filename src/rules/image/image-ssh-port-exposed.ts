import { defineRule } from '../define-rule.js';
import { imageKinds } from './image-utils/violations.js';

const sshPort = /^22(?:\/tcp)?$/i;

export const imageSshPortExposed = defineRule({
  id: 'IM007',
  slug: 'image-ssh-port-exposed',
  title: 'Image exposes the SSH port',
  severity: 'medium',
  domain: 'image',
  target: 'image',
  appliesTo: imageKinds,
  rationale:
    'An image that exposes 22/tcp usually runs an SSH daemon: one more network service, long-lived keys or ' +
    'passwords inside the image, and a way around the runtime access controls. Medium, like DF011: it widens ' +
    'the attack surface but is not a compromise by itself.',
  remediation:
    'Remove the SSH server and `EXPOSE 22`; use `docker exec` or `kubectl exec` (or a debug container) for ' +
    'interactive access.',
  references: {
    trivy: ['DS-0004'],
    mitre: ['T1021.004'],
  },
  messages: {
    ssh: 'the image exposes {{port}}, the SSH port',
  },
  *check(view) {
    for (const port of view.config.exposedPorts)
      if (sshPort.test(port.trim()))
        yield { messageId: 'ssh', data: { port }, path: ['config', 'ExposedPorts', port] };
  },
});
