import { defineRule } from '../define-rule.js';
import { hasVariable, instructionPath } from './dockerfile-utils/stages.js';
import { violationAt } from './dockerfile-utils/violation.js';

const portSpec = /^(?<from>\d+)(?:-(?<to>\d+))?(?:\/(?:tcp|udp|sctp))?$/i;

function coversSsh(spec: string): boolean {
  const groups = portSpec.exec(spec)?.groups;
  if (groups === undefined) return false;
  const from = Number(groups['from']);
  const to = groups['to'] === undefined ? from : Number(groups['to']);
  return from <= 22 && 22 <= to;
}

export const sshPortExposed = defineRule({
  id: 'DF011',
  slug: 'ssh-port-exposed',
  title: 'SSH port exposed',
  severity: 'medium',
  domain: 'dockerfile',
  target: 'dockerfile',
  appliesTo: ['Dockerfile'],
  rationale:
    'Exposing port 22 means the image runs an SSH server: another way in, with its own credentials to leak and ' +
    'patch. Containers are entered with `docker exec` or `kubectl exec`, which need no daemon in the image.',
  remediation:
    'Remove port 22 from EXPOSE and the SSH server from the image; use exec-based access for debugging.',
  references: {
    trivy: ['DS-0004'],
    mitre: ['T1021.004'],
  },
  messages: {
    ssh: 'EXPOSE {{port}} opens the SSH port (22)',
  },
  *check(view) {
    for (const instruction of view.instructions) {
      if (instruction.keyword !== 'EXPOSE') continue;
      const path = instructionPath(view, instruction);
      for (const [index, port] of instruction.args.entries()) {
        if (!hasVariable(port) && coversSsh(port))
          yield violationAt('ssh', { port }, instruction.range, [...path, 'ports', index]);
      }
    }
  },
});
