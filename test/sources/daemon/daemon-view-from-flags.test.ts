import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { daemonJsonPathOf, daemonViewFromFlags } from '../../../src/sources/index.js';

function settingsOf(argv: readonly string[]): Readonly<Record<string, unknown>> {
  const parsed = daemonViewFromFlags(argv);
  assert.deepEqual(parsed.errors, []);
  return parsed.view?.settings ?? {};
}

describe('daemonViewFromFlags', () => {
  it('maps the security-relevant flags onto daemon.json keys', () => {
    const settings = settingsOf([
      '/usr/bin/dockerd',
      '-H',
      'fd://',
      '--host=tcp://0.0.0.0:2376',
      '--icc=false',
      '--tlsverify',
      '--tlscacert',
      '/etc/docker/ca.pem',
      '--userns-remap=default',
      '--live-restore',
      '--no-new-privileges',
      '--userland-proxy=false',
      '--insecure-registry',
      'registry.local:5000',
      '--seccomp-profile=/etc/docker/seccomp.json',
      '--log-driver=syslog',
      '--log-opt',
      'syslog-address=udp://logs:514',
      '--log-opt=tag=docker',
      '--experimental=false',
      '--authorization-plugin=authz',
      '--default-ulimit',
      'nofile=1024:4096',
      '--default-ulimit=nproc=512',
      '--selinux-enabled',
      '--data-root=/srv/docker',
      '-s',
      'overlay2',
      '--containerd=/run/containerd/containerd.sock',
    ]);
    assert.deepEqual(settings, {
      hosts: ['fd://', 'tcp://0.0.0.0:2376'],
      icc: false,
      tlsverify: true,
      tlscacert: '/etc/docker/ca.pem',
      'userns-remap': 'default',
      'live-restore': true,
      'no-new-privileges': true,
      'userland-proxy': false,
      'insecure-registries': ['registry.local:5000'],
      'seccomp-profile': '/etc/docker/seccomp.json',
      'log-driver': 'syslog',
      'log-opts': { 'syslog-address': 'udp://logs:514', tag: 'docker' },
      experimental: false,
      'authorization-plugins': ['authz'],
      'default-ulimits': {
        nofile: { Name: 'nofile', Soft: 1024, Hard: 4096 },
        nproc: { Name: 'nproc', Soft: 512, Hard: 512 },
      },
      'selinux-enabled': true,
      'data-root': '/srv/docker',
      'storage-driver': 'overlay2',
      containerd: '/run/containerd/containerd.sock',
    });
  });

  it('reads shorthand forms and grouped bool shorthands', () => {
    assert.deepEqual(
      settingsOf(['dockerd', '-Htcp://a:2375', '-H=unix:///x', '-Dl', 'warn', '-G', 'docker']),
      {
        hosts: ['tcp://a:2375', 'unix:///x'],
        debug: true,
        'log-level': 'warn',
        group: 'docker',
      },
    );
  });

  it('takes the last of a repeated scalar flag, as pflag does', () => {
    const parsed = daemonViewFromFlags(['dockerd', '--icc=false', '--icc=true']);
    assert.equal(parsed.view?.settings.icc, true);
    assert.equal(parsed.view?.origins.icc?.flag, '--icc=true');
    assert.equal(parsed.place(['icc']).column, 21);
  });

  it('accepts the first argument as a flag when no program name is given', () => {
    assert.deepEqual(settingsOf(['--icc=false']), { icc: false });
  });

  it('records where each setting came from', () => {
    const parsed = daemonViewFromFlags(['dockerd', '--live-restore'], {
      text: '{\n  "icc": false\n}\n',
      file: '/etc/docker/daemon.json',
    });
    assert.deepEqual(parsed.errors, []);
    assert.equal(parsed.view?.live, true);
    assert.deepEqual(parsed.view?.origins, {
      icc: { source: 'file', file: '/etc/docker/daemon.json', line: 2, column: 3, path: ['icc'] },
      'live-restore': {
        source: 'flag',
        file: 'dockerd',
        line: 1,
        column: 9,
        path: ['live-restore'],
        flag: '--live-restore',
      },
    });
    assert.deepEqual(
      [parsed.place(['icc']).file, parsed.place(['icc']).line],
      ['/etc/docker/daemon.json', 2],
    );
    const flag = parsed.place(['live-restore']);
    assert.deepEqual(
      [flag.file, flag.line, flag.column, flag.range.endColumn, flag.flag],
      ['dockerd', 1, 9, 23, '--live-restore'],
    );
    const omitted = parsed.place(['userns-remap']);
    assert.deepEqual([omitted.file, omitted.line, omitted.exact], ['/etc/docker/daemon.json', 1, false]);
  });

  it('names an unknown flag and keeps the other flags', () => {
    const parsed = daemonViewFromFlags(['dockerd', '--icc=false', '--cluster-store=consul://x', '-X']);
    assert.deepEqual(parsed.errors, [
      { file: 'dockerd', line: 1, column: 21, message: 'unknown dockerd flag: --cluster-store' },
      { file: 'dockerd', line: 1, column: 48, message: "unknown dockerd shorthand flag: 'X' in -X" },
    ]);
    assert.deepEqual(parsed.view?.settings, { icc: false });
  });

  it('reports a missing value, a bad value and a positional argument', () => {
    const parsed = daemonViewFromFlags([
      'dockerd',
      '--icc=maybe',
      '--mtu=big',
      'extra',
      '--',
      '--icc',
      '--log-level',
    ]);
    assert.deepEqual(
      parsed.errors.map((error) => error.message),
      [
        'dockerd takes no positional arguments: "extra"',
        'dockerd takes no positional arguments: "--icc"',
        'dockerd takes no positional arguments: "--log-level"',
        'invalid value "maybe" for dockerd flag --icc',
        'invalid value "big" for dockerd flag --mtu',
      ],
    );
    assert.deepEqual(daemonViewFromFlags(['dockerd', '--log-level']).errors, [
      { file: 'dockerd', line: 1, column: 9, message: 'dockerd flag needs an argument: --log-level' },
    ]);
  });

  it('checks flag values like daemon.json values', () => {
    const parsed = daemonViewFromFlags(['dockerd', '--log-level=verbose', '--icc=false']);
    assert.deepEqual(parsed.errors, [
      {
        file: 'dockerd',
        line: 1,
        column: 9,
        message: 'invalid value for dockerd flag --log-level=verbose: invalid logging level',
      },
    ]);
    assert.deepEqual(parsed.view?.settings, { icc: false });
  });

  it('reports a setting given both as a flag and in daemon.json, and uses the flag', () => {
    const parsed = daemonViewFromFlags(['dockerd', '-H', 'fd://', '--icc=false'], {
      text: '{\n  "hosts": ["unix:///var/run/docker.sock"],\n  "icc": true\n}\n',
      file: 'daemon.json',
    });
    assert.deepEqual(
      parsed.errors.map((error) => [error.file, error.line, error.column, error.message]),
      [
        [
          'dockerd',
          1,
          9,
          '-H fd:// sets "hosts", which daemon.json also sets (line 2): dockerd refuses to start when a setting is given both as a flag and in the configuration file',
        ],
        [
          'dockerd',
          1,
          18,
          '--icc=false sets "icc", which daemon.json also sets (line 3): dockerd refuses to start when a setting is given both as a flag and in the configuration file',
        ],
      ],
    );
    assert.equal(parsed.view?.settings.icc, false);
    assert.deepEqual(parsed.view?.settings.hosts, ['fd://']);
  });

  it('finds a conflict with a key inside "proxies"', () => {
    const parsed = daemonViewFromFlags(['dockerd', '--http-proxy=http://p:3128'], {
      text: '{\n  "proxies": { "http-proxy": "http://q:3128" }\n}\n',
      file: 'daemon.json',
    });
    assert.equal(parsed.errors.length, 1);
    assert.match(
      parsed.errors[0]?.message ?? '',
      /sets "http-proxy", which daemon.json also sets \(line 2\)/,
    );
  });

  it('merges runtimes from both places, as dockerd does', () => {
    const parsed = daemonViewFromFlags(['dockerd', '--add-runtime', 'gvisor=/usr/bin/runsc'], {
      text: '{\n  "runtimes": { "kata": { "path": "/usr/bin/kata" } }\n}\n',
      file: 'daemon.json',
    });
    assert.deepEqual(parsed.errors, []);
    assert.deepEqual(parsed.view?.settings.runtimes, {
      kata: { path: '/usr/bin/kata' },
      gvisor: { path: '/usr/bin/runsc' },
    });
  });

  it('passes on the errors of daemon.json with its file name', () => {
    const parsed = daemonViewFromFlags(['dockerd', '--icc=false'], {
      text: '{\n  "bogus": 1\n}\n',
      file: 'd.json',
    });
    assert.deepEqual(
      parsed.errors.map((error) => [error.file, error.line]),
      [['d.json', 2]],
    );
    assert.deepEqual(parsed.view?.settings, { icc: false });
  });

  it('keeps flags when daemon.json is not JSON', () => {
    const parsed = daemonViewFromFlags(['dockerd', '--icc=false'], { text: '{{{', file: 'd.json' });
    assert.equal(parsed.errors[0]?.file, 'd.json');
    assert.deepEqual(parsed.view?.settings, { icc: false });
  });

  it('tells which daemon.json the daemon reads', () => {
    assert.equal(daemonJsonPathOf(['dockerd', '-H', 'fd://']), '/etc/docker/daemon.json');
    assert.equal(daemonJsonPathOf(['dockerd', '--config-file', '/srv/daemon.json']), '/srv/daemon.json');
  });
});
