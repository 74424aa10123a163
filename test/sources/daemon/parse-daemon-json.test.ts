import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDaemonJson } from '../../../src/sources/index.js';

const file = '/etc/docker/daemon.json';

// The Linux example of the dockerd reference, trimmed to one value per key type.
const documented = `{
  "authorization-plugins": [],
  "bip": "",
  "builder": { "gc": { "enabled": true, "defaultKeepStorage": "10GB" } },
  "cgroup-parent": "",
  "data-root": "",
  "debug": true,
  "default-address-pools": [{ "base": "172.30.0.0/16", "size": 24 }],
  "default-cgroupns-mode": "private",
  "default-runtime": "runc",
  "default-shm-size": "64M",
  "default-ulimits": { "nofile": { "Hard": 64000, "Name": "nofile", "Soft": 64000 } },
  "dns": [],
  "exec-opts": [],
  "experimental": false,
  "features": { "cdi": true },
  "hosts": [],
  "proxies": { "http-proxy": "http://proxy.example.com:80", "no-proxy": "*.test.example.com" },
  "icc": false,
  "insecure-registries": [],
  "ip": "0.0.0.0",
  "iptables": false,
  "labels": [],
  "live-restore": true,
  "log-driver": "json-file",
  "log-level": "",
  "log-opts": { "max-size": "10m", "max-file": "5" },
  "max-concurrent-downloads": 3,
  "no-new-privileges": false,
  "node-generic-resources": ["NVIDIA-GPU=UUID1"],
  "registry-mirrors": [],
  "runtimes": { "custom": { "path": "/usr/local/bin/my-runc-replacement", "runtimeArgs": ["--debug"] } },
  "seccomp-profile": "",
  "selinux-enabled": false,
  "shutdown-timeout": 15,
  "storage-driver": "",
  "tls": true,
  "tlscacert": "",
  "tlsverify": true,
  "userland-proxy": false,
  "userns-remap": ""
}
`;

describe('parseDaemonJson', () => {
  it('reads the documented keys without errors, each with its line', () => {
    const parsed = parseDaemonJson(documented.replace('"log-level": ""', '"log-level": "info"'), file);
    assert.deepEqual(parsed.errors, []);
    assert.equal(parsed.view?.live, false);
    assert.equal(parsed.view?.settings.icc, false);
    assert.deepEqual(parsed.view?.settings['log-opts'], { 'max-size': '10m', 'max-file': '5' });
    assert.deepEqual(parsed.view?.origins.icc, { source: 'file', file, line: 19, column: 3, path: ['icc'] });
    assert.equal(parsed.view?.resource.kind, 'DockerDaemon');
  });

  it('places keys, items and omitted keys', () => {
    const parsed = parseDaemonJson('{\n  "hosts": [\n    "fd://",\n    "tcp://0.0.0.0:2376"\n  ]\n}\n', file);
    assert.deepEqual(parsed.errors, []);
    const item = parsed.place(['hosts', 1]);
    assert.deepEqual(
      [item.file, item.line, item.column, item.path, item.exact],
      [file, 4, 5, 'hosts[1]', true],
    );
    const missing = parsed.place(['icc']);
    assert.deepEqual([missing.line, missing.column, missing.path, missing.exact], [1, 1, 'icc', false]);
    assert.deepEqual(missing.range, { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 });
  });

  it('reports an unknown key at its line and still judges the known ones', () => {
    const parsed = parseDaemonJson(
      '{\n  "icc": true,\n  "selinux": true,\n  "live-restore": true\n}\n',
      file,
    );
    assert.deepEqual(parsed.errors, [
      {
        file,
        line: 3,
        column: 3,
        message: 'unknown daemon.json key "selinux": dockerd refuses to start with a key it does not know',
      },
    ]);
    assert.deepEqual(parsed.view?.settings, { icc: true, 'live-restore': true });
  });

  it('says when an unknown key is one dockerd used to read', () => {
    const parsed = parseDaemonJson('{\n  "graph": "/srv/docker"\n}\n', file);
    assert.deepEqual(
      parsed.errors.map((error) => [error.line, error.message]),
      [
        [
          2,
          'daemon.json key "graph" was removed from dockerd, which now refuses to start with it: use "data-root"',
        ],
      ],
    );
  });

  it('treats keys case-sensitively, as dockerd does', () => {
    const parsed = parseDaemonJson('{\n  "ICC": false\n}\n', file);
    assert.equal(parsed.errors.length, 1);
    assert.match(parsed.errors[0]?.message ?? '', /unknown daemon\.json key "ICC"/);
  });

  it('reports a value of the wrong type at its line and keeps the other keys', () => {
    const parsed = parseDaemonJson(
      '{\n  "icc": "false",\n  "log-opts": {\n    "max-size": 10\n  },\n  "experimental": true\n}\n',
      file,
    );
    assert.deepEqual(
      parsed.errors.map((error) => [error.line, error.message.split(':').slice(0, 2).join(':')]),
      [
        [2, 'invalid daemon.json value: icc'],
        [4, 'invalid daemon.json value: log-opts.max-size'],
      ],
    );
    assert.deepEqual(parsed.view?.settings, { experimental: true });
  });

  it('refuses an invalid log level and a fractional number', () => {
    const parsed = parseDaemonJson('{\n  "log-level": "verbose",\n  "mtu": 1500.5\n}\n', file);
    assert.deepEqual(
      parsed.errors.map((error) => error.line),
      [2, 3],
    );
    assert.deepEqual(parsed.view?.settings, {});
  });

  for (const [name, text, line] of [
    ['a YAML mapping', 'icc: false\nlive-restore: true\n', 1],
    ['a trailing comma', '{\n  "icc": false,\n}\n', 3],
    ['a comment', '{\n  # no inter-container traffic\n  "icc": false\n}\n', 2],
    ['single quotes', "{\n  'icc': false\n}\n", 2],
    ['a bare word', '{\n  "icc": no\n}\n', 2],
    ['a cut-off file', '{\n  "icc": false,\n  "hosts": [\n', 3],
    ['two objects', '{"icc": false}\n{"live-restore": true}\n', 2],
  ] as const) {
    it(`reports ${name} as not JSON, with its line`, () => {
      const parsed = parseDaemonJson(text, file);
      assert.ok(parsed.errors.length > 0);
      assert.equal(parsed.errors[0]?.file, file);
      assert.equal(parsed.errors[0]?.line, line);
      assert.match(parsed.errors[0]?.message ?? '', /^not valid JSON: /);
    });
  }

  it('does not quote the file in a syntax error (proxy URLs can hold credentials)', () => {
    const parsed = parseDaemonJson('{"http-proxy": \'http://user:secret@proxy\'}', file);
    assert.doesNotMatch(parsed.errors[0]?.message ?? '', /secret/);
  });

  it('still judges the keys of a file that is YAML-ish but readable', () => {
    const parsed = parseDaemonJson('{\n  "icc": true,\n}\n', file);
    assert.equal(parsed.view?.settings.icc, true);
  });

  it('refuses a top-level array or scalar', () => {
    for (const text of ['[{"icc": false}]', '"icc"', '42']) {
      const parsed = parseDaemonJson(text, file);
      assert.equal(parsed.view, undefined);
      assert.deepEqual(
        parsed.errors.map((error) => [error.line, error.message]),
        [[1, 'daemon.json must hold one JSON object']],
      );
    }
  });

  it('reads an empty file, whitespace, null and a byte order mark as dockerd does', () => {
    for (const text of ['', '  \n\t\n', 'null', '\uFEFF{"icc": false}']) {
      const parsed = parseDaemonJson(text, file);
      assert.deepEqual(parsed.errors, [], JSON.stringify(text));
      assert.ok(parsed.view !== undefined);
    }
    assert.equal(parseDaemonJson('\uFEFF{"icc": false}', file).view?.settings.icc, false);
  });

  it('keeps the last of a repeated key and places it there, as Go decodes it', () => {
    const parsed = parseDaemonJson('{\n  "icc": false,\n  "icc": true\n}\n', file);
    assert.deepEqual(parsed.errors, []);
    assert.equal(parsed.view?.settings.icc, true);
    assert.equal(parsed.place(['icc']).line, 3);
  });

  it('never throws on garbage', () => {
    const samples = [
      '{',
      '}',
      '{"a":',
      '[[[',
      '{"icc": [}',
      '\u0000\u0001',
      '{"a": {"b": {"c": ]}}}',
      '- - -',
      '{{}}',
    ];
    for (const text of samples) {
      const parsed = parseDaemonJson(text, file);
      assert.ok(parsed.errors.length > 0, JSON.stringify(text));
      for (const error of parsed.errors) assert.ok(error.line >= 1);
    }
  });
});
