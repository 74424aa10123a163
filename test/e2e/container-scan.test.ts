import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCli, tempDir } from '../support/cli.js';

interface JsonReport {
  targets: { type: string; path: string }[];
  errors: { file: string; line: number; message: string }[];
  findings: {
    ruleId: string;
    status: string;
    location: { file: string; startLine: number; startColumn: number; path?: string };
  }[];
}

function write(root: string, file: string, text: string | Buffer): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

function scan(root: string, ...extra: string[]): { status: number; report: JsonReport } {
  const run = runCli(['scan', '.', '--format', 'json', ...extra], { cwd: root });
  return { status: run.status, report: JSON.parse(run.stdout) as JsonReport };
}

function where(report: JsonReport, ruleId: string): string[] {
  return report.findings
    .filter((finding) => finding.ruleId === ruleId)
    .map((finding) => {
      const { file, startLine, startColumn, path: field } = finding.location;
      return `${file}:${startLine}:${startColumn} ${field ?? ''} ${finding.status}`.trim();
    });
}

const hardened = '--read-only -m 512m --cpus 1 --pids-limit 100 --security-opt no-new-privileges';

describe('scan: docker run lines in scripts, Makefiles and workflows', () => {
  it('reports each run line at its option, with suppressions, and no other file', () => {
    const root = tempDir('run-lines');
    write(
      root,
      'scripts/start.sh',
      [
        '#!/bin/sh',
        'echo "docker run --privileged not-a-command"',
        '# bulwark:ignore DH030 reason="lab machine"',
        `docker run --privileged ${hardened} alpine:3.20`,
        `docker run ${hardened} \\`,
        '  --privileged alpine:3.20',
        '',
      ].join('\n'),
    );
    write(root, 'Makefile', ['up:', `\t@docker run --pid=host ${hardened} $(IMAGE)`, ''].join('\n'));
    write(
      root,
      '.github/workflows/ci.yml',
      [
        'on: push',
        'jobs:',
        '  test:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: actions/checkout@v4',
        '      - run: |',
        `          docker run --net host ${hardened} alpine:3.20 true`,
        '',
      ].join('\n'),
    );
    write(root, 'scripts/clean.sh', '#!/bin/sh\nrm -rf build\n');
    write(root, 'deploy/values.yml', 'run: docker run --privileged not-ci-yaml\n');
    const { status, report } = scan(root);
    assert.equal(status, 1);
    assert.deepEqual(report.errors, []);
    assert.deepEqual(report.targets, [
      { type: 'script', path: '.github/workflows/ci.yml' },
      { type: 'script', path: 'Makefile' },
      { type: 'script', path: 'scripts/start.sh' },
    ]);
    assert.deepEqual(where(report, 'DH030'), [
      'scripts/start.sh:4:12 --privileged suppressed',
      'scripts/start.sh:6:3 --privileged fail',
    ]);
    assert.deepEqual(where(report, 'DH041'), ['Makefile:2:14 --pid fail']);
    assert.deepEqual(where(report, 'DH035'), ['.github/workflows/ci.yml:8:22 --network fail']);
  });

  it('scans daemon.json with the daemon rules', () => {
    const root = tempDir('daemon-json');
    write(root, 'etc/docker/daemon.json', '{\n  "icc": true\n}\n');
    const { report } = scan(root, '--fail-on', 'none');
    assert.deepEqual(report.targets, [{ type: 'daemon', path: 'etc/docker/daemon.json' }]);
    assert.ok(report.findings.some((finding) => finding.location.startLine === 2));
  });

  it('bad scripts: an unterminated quote and a binary file are errors, other findings stay', () => {
    const root = tempDir('bad-scripts');
    write(root, 'a.sh', `docker run --privileged ${hardened} alpine\ndocker run -e "X=1 alpine\n`);
    write(root, 'b.sh', Buffer.from([0x64, 0x6f, 0x63, 0x6b, 0x65, 0x72, 0x00, 0x01, 0x02]));
    write(root, 'c.sh', `docker run --pid host ${hardened} alpine\n`);
    const { status, report } = scan(root);
    assert.equal(status, 2);
    assert.deepEqual(
      report.errors.map((error) => `${error.file}:${error.line}`),
      ['a.sh:2', 'b.sh:1'],
    );
    assert.match(report.errors[0]?.message ?? '', /unterminated " quote/);
    assert.deepEqual(where(report, 'DH030'), ['a.sh:1:12 --privileged fail']);
    assert.deepEqual(where(report, 'DH041'), ['c.sh:1:12 --pid fail']);
  });

  it('reads a 10,000-line script', () => {
    const root = tempDir('big-script');
    const lines: string[] = [];
    for (let index = 1; index <= 10_000; index += 1)
      lines.push(
        index === 9_999 ? `docker run --privileged ${hardened} alpine` : `echo "step ${index}" >> log`,
      );
    write(root, 'big.sh', `${lines.join('\n')}\n`);
    const { report } = scan(root, '--fail-on', 'none');
    assert.deepEqual(report.errors, []);
    assert.deepEqual(where(report, 'DH030'), ['big.sh:9999:12 --privileged fail']);
  });
});
