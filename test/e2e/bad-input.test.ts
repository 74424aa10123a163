import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, openSync, symlinkSync, writeSync, closeSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCli, tempDir } from '../support/cli.js';
import { fromRoot } from '../support/paths.js';

interface JsonReport {
  findings: { ruleId: string; location: { file: string; startLine: number } }[];
  errors: { file: string; line: number; message: string }[];
}

function writeHugeYaml(file: string, megabytes: number): void {
  const chunk = Buffer.from(
    '- item: "0123456789012345678901234567890123456789012345678901234567890123456789"\n'.repeat(13000),
  );
  const fd = openSync(file, 'w');
  let written = 0;
  while (written < megabytes * 1024 * 1024) written += writeSync(fd, chunk);
  closeSync(fd);
}

const isRoot = process.getuid?.() === 0;
const hasSetpriv = spawnSync('setpriv', ['--version']).status === 0;
/** As root, reading a mode-000 file only fails once the DAC override capabilities are dropped. */
const unprivileged =
  isRoot && hasSetpriv
    ? [
        'setpriv',
        '--inh-caps=-dac_override,-dac_read_search',
        '--bounding-set=-dac_override,-dac_read_search',
      ]
    : [];

describe('bad input corpus (real files: malformed, binary, invalid UTF-8, 100 MB, symlink loops, unreadable)', () => {
  const root = tempDir('bad-input');
  cpSync(fromRoot('test', 'bad-input'), root, { recursive: true });
  writeHugeYaml(path.join(root, 'huge.yaml'), 100);
  mkdirSync(path.join(root, 'loop'));
  symlinkSync('..', path.join(root, 'loop', 'back-to-parent'));
  symlinkSync('self-loop.yaml', path.join(root, 'self-loop.yaml'));
  const unreadable = path.join(root, 'unreadable.yaml');
  cpSync(path.join(root, 'good.yaml'), unreadable);
  chmodSync(unreadable, 0o000);

  const run = runCli(['scan', root, '--format', 'json'], { wrapper: unprivileged });
  const report = JSON.parse(run.stdout) as JsonReport;
  const errorFor = (name: string) =>
    report.errors.find((error) => path.basename(error.file) === name || error.file.endsWith(`/${name}`));

  it('exits 2 and prints no stack trace', () => {
    assert.equal(run.status, 2, run.stderr);
    assert.doesNotMatch(run.stderr, /\n\s+at /);
  });

  it('still reports the findings of the good files and of the good document before the broken one', () => {
    const files = report.findings.map((finding) => path.basename(finding.location.file));
    assert.ok(files.includes('good.yaml'));
    assert.ok(files.includes('malformed.yaml'));
  });

  const expected: [string, number, RegExp][] = [
    ['malformed.yaml', 17, /invalid YAML/],
    ['unknown-instruction.Dockerfile', 3, /unknown instruction FROBNICATE/],
    ['compose-wrong-types.yml', 4, /services\.web\.privileged/],
    ['binary.yaml', 3, /binary file/],
    ['invalid-utf8.yaml', 4, /invalid UTF-8/],
    ['alias-bomb.yaml', 1, /alias/i],
    ['wrong-pod-types.yaml', 11, /spec\.template\.spec\.containers\[0\]\.securityContext\.privileged/],
    ['huge.yaml', 1, /100\.\d MB, over the 10 MB limit/],
    ['self-loop.yaml', 1, /symbolic link loop/],
    ['back-to-parent', 1, /symbolic link loop/],
  ];
  for (const [name, line, message] of expected) {
    it(`reports ${name} with its line`, () => {
      const error = errorFor(name);
      assert.ok(error, `no error for ${name}: ${JSON.stringify(report.errors)}`);
      assert.equal(error.line, line);
      assert.match(error.message, message);
    });
  }

  it(
    'reports an unreadable file',
    { skip: isRoot && !hasSetpriv && process.env['CI'] !== 'true' ? 'setpriv missing' : false },
    () => {
      const error = errorFor('unreadable.yaml');
      assert.ok(error, JSON.stringify(report.errors));
      assert.match(error.message, /permission denied/);
    },
  );

  it('exits 0 with --fail-on none even with input errors', () => {
    const quiet = runCli(['scan', path.join(root, 'binary.yaml'), '--fail-on', 'none']);
    assert.equal(quiet.status, 0);
  });
});
