import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RuleContext } from '../../../src/core/index.js';
import { latestKubernetesVersion } from '../../../src/core/index.js';
import { daemonRules } from '../../../src/rules/daemon/index.js';
import type { DaemonParse } from '../../../src/sources/index.js';
import { daemonViewFromFlags, parseDaemonJson } from '../../../src/sources/index.js';

const context: RuleContext = {
  pss: { level: 'all', version: latestKubernetesVersion, origin: 'default' },
  kubernetesVersion: latestKubernetesVersion,
  trustedRegistries: [],
};

/** Every daemon rule on one parse, as `rule id @ line: path`, in report order. */
function findings(parsed: DaemonParse): string[] {
  const view = parsed.view;
  if (view === undefined) return [];
  const out: string[] = [];
  for (const rule of daemonRules) {
    if (rule.target !== 'docker-daemon') continue;
    for (const violation of rule.check(view, context)) {
      const placement = parsed.place(violation.path ?? []);
      out.push(`${rule.id} @ ${placement.file}:${placement.line}: ${placement.path}`);
    }
  }
  return out;
}

const hardened = `{
  "icc": false,
  "log-level": "info",
  "insecure-registries": [],
  "storage-driver": "overlay2",
  "hosts": ["unix:///var/run/docker.sock"],
  "default-ulimits": { "nofile": { "Name": "nofile", "Soft": 1024, "Hard": 4096 } },
  "userns-remap": "default",
  "authorization-plugins": ["opa-docker-authz"],
  "log-driver": "syslog",
  "log-opts": { "syslog-address": "tcp://logs.example:514" },
  "no-new-privileges": true,
  "live-restore": true,
  "userland-proxy": false,
  "experimental": false
}
`;

describe('daemon rules together', () => {
  it('find nothing in a hardened daemon.json', () => {
    const parsed = parseDaemonJson(hardened, 'daemon.json');
    assert.deepEqual(parsed.errors, []);
    assert.deepEqual(findings(parsed), []);
  });

  it('judge an empty daemon.json by dockerd defaults, all at line 1', () => {
    assert.deepEqual(findings(parseDaemonJson('{}', 'daemon.json')), [
      'DH001 @ daemon.json:1: icc',
      'DH007 @ daemon.json:1: default-ulimits',
      'DH008 @ daemon.json:1: userns-remap',
      'DH011 @ daemon.json:1: authorization-plugins',
      'DH012 @ daemon.json:1: log-driver',
      'DH013 @ daemon.json:1: no-new-privileges',
      'DH014 @ daemon.json:1: live-restore',
      'DH015 @ daemon.json:1: userland-proxy',
    ]);
  });

  it('still judge the good keys of a daemon.json with errors', () => {
    const text = hardened
      .replace('"icc": false', '"icc": "no"')
      .replace('"experimental": false', '"experimental": true,\n  "cluster-store": "consul://x"');
    const parsed = parseDaemonJson(text, 'daemon.json');
    assert.deepEqual(
      parsed.errors.map((error) => error.line),
      [2, 16],
    );
    assert.deepEqual(findings(parsed), [
      'DH001 @ daemon.json:2: icc',
      'DH017 @ daemon.json:15: experimental',
    ]);
  });

  it('place a live daemon by flag and by file line', () => {
    const parsed = daemonViewFromFlags(
      [
        'dockerd',
        '-H',
        'fd://',
        '-H',
        'tcp://0.0.0.0:2375',
        '--experimental',
        '--seccomp-profile=unconfined',
      ],
      {
        text: hardened
          .replace('  "hosts": ["unix:///var/run/docker.sock"],\n', '')
          .replace('"experimental": false', '"debug": true'),
        file: 'daemon.json',
      },
    );
    assert.deepEqual(parsed.errors, []);
    assert.deepEqual(findings(parsed), [
      'DH002 @ daemon.json:14: debug',
      'DH006 @ dockerd:1: hosts[1]',
      'DH016 @ dockerd:1: seccomp-profile',
      'DH017 @ dockerd:1: experimental',
    ]);
  });
});
