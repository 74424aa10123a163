import type { Violation } from '../../core/index.js';
import type { DockerDaemonView } from '../../sources/index.js';
import { defineRule } from '../define-rule.js';
import { effectiveSetting, isTrue, stringsOf } from './daemon-utils/setting.js';

type MessageId = 'noTls' | 'noVerify' | 'missingFile';

// dockerd reads a host without a scheme (`0.0.0.0:2375`, `:2375`) as TCP; an empty one is the default socket.
function isTcpHost(host: string): boolean {
  if (host.trim() === '') return false;
  const scheme = /^(?<scheme>[a-z0-9+.-]+):\/\//i.exec(host)?.groups?.scheme;
  return scheme === undefined || scheme.toLowerCase() === 'tcp';
}

const certificateFiles = [
  { key: 'tlscacert', fallback: 'ca.pem' },
  { key: 'tlscert', fallback: 'cert.pem' },
  { key: 'tlskey', fallback: 'key.pem' },
] as const;

function* missingFiles(view: DockerDaemonView): Iterable<Violation<MessageId>> {
  for (const { key, fallback } of certificateFiles) {
    const setting = effectiveSetting(view, key);
    if (setting.explicit && typeof setting.value === 'string' && setting.value !== '') continue;
    yield { messageId: 'missingFile', data: { key, fallback }, path: setting.path, severity: 'medium' };
  }
}

export const daemonTcpWithoutTls = defineRule({
  id: 'DH006',
  slug: 'daemon-tcp-without-tls',
  title: 'Docker API listens on TCP without TLS client verification',
  severity: 'critical',
  domain: 'daemon',
  target: 'docker-daemon',
  appliesTo: ['DockerDaemon'],
  rationale:
    'The Docker API is root on the host: whoever can call it starts a privileged container with the host file ' +
    'system mounted. On a TCP socket without `tlsverify` anyone who reaches the port can do so, and without ' +
    'explicit certificate paths dockerd takes them from the home directory of whoever started it.',
  remediation:
    'Prefer the unix socket (or `ssh://` from clients). If TCP is needed, set `"tlsverify": true` with ' +
    '`tlscacert`, `tlscert` and `tlskey` pointing at files that only root can write, and issue client ' +
    'certificates signed by that CA only to those who may administer the host.',
  references: {
    cis: ['docker-1.6:2.7'],
    mitre: ['T1133', 'T1610'],
    urls: ['https://docs.docker.com/engine/security/protect-access/'],
  },
  messages: {
    noTls: 'the API listens on {{host}} without TLS: anyone who reaches the port controls the host',
    noVerify:
      'the API listens on {{host}} with TLS but tlsverify is false: clients are not authenticated, so anyone who reaches the port controls the host',
    missingFile:
      'tlsverify is on but {{key}} is not set: dockerd falls back to {{fallback}} in the home directory of the user that starts it',
  },
  *check(view) {
    const hosts = effectiveSetting(view, 'hosts');
    const tcpHosts = [...stringsOf(hosts.value).entries()].filter(([, host]) => isTcpHost(host));
    if (tcpHosts.length === 0) return;
    const tlsverify = effectiveSetting(view, 'tlsverify');
    // dockerd copies `tls` into an unset `tlsverify`, and any `tlsverify` (even false) turns TLS on.
    const verify = tlsverify.explicit ? isTrue(tlsverify.value) : isTrue(effectiveSetting(view, 'tls').value);
    if (verify) {
      yield* missingFiles(view);
      return;
    }
    const messageId = tlsverify.explicit ? 'noVerify' : 'noTls';
    for (const [index, host] of tcpHosts) yield { messageId, data: { host }, path: [...hosts.path, index] };
  },
});
