import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCli, tempDir } from '../support/cli.js';

interface JsonReport {
  targets: { type: string; path: string }[];
  errors: unknown[];
  findings: { location: { file: string; startLine: number } }[];
}

function write(root: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

describe('file discovery', () => {
  it('walks folders recursively and detects kinds by name and content', () => {
    const root = tempDir('discover');
    write(root, 'app/build.Dockerfile', 'FROM debian:12\n');
    write(root, 'app/Containerfile', 'FROM debian:12\n');
    write(root, 'app/Dockerfile.prod', 'FROM debian:12\n');
    write(root, 'deploy/stack.yaml', 'services:\n  web:\n    image: nginx:1.25\n');
    write(
      root,
      'deploy/k8s/pod.json',
      '{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": []}}\n',
    );
    write(
      root,
      'deploy/k8s/helm-output.yaml',
      '---\n# Source: chart/templates/sa.yaml\n---\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: sa\n---\n',
    );
    write(root, '.github/workflows/ci.yml', 'on: push\njobs: {}\n');
    write(root, 'README.md', '# not scanned\n');
    write(root, 'node_modules/pkg/Dockerfile', 'FROM x\n');
    const run = runCli(['scan', '.', '--format', 'json', '--fail-on', 'none'], { cwd: root });
    const report = JSON.parse(run.stdout) as JsonReport;
    assert.deepEqual(report.errors, []);
    assert.deepEqual(report.targets, [
      { type: 'dockerfile', path: 'app/Containerfile' },
      { type: 'dockerfile', path: 'app/Dockerfile.prod' },
      { type: 'dockerfile', path: 'app/build.Dockerfile' },
      { type: 'kubernetes', path: 'deploy/k8s/helm-output.yaml' },
      { type: 'kubernetes', path: 'deploy/k8s/pod.json' },
      { type: 'compose', path: 'deploy/stack.yaml' },
    ]);
  });

  it('respects ignore patterns from .bulwark.yaml', () => {
    const root = tempDir('ignore');
    write(root, '.bulwark.yaml', 'ignore:\n  - "generated/"\n  - "*.test.yaml"\n');
    write(root, 'generated/pod.yaml', 'apiVersion: v1\nkind: Pod\nmetadata: {name: g}\n');
    write(root, 'pod.test.yaml', 'apiVersion: v1\nkind: Pod\nmetadata: {name: t}\n');
    write(root, 'pod.yaml', 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n');
    const report = JSON.parse(
      runCli(['scan', '.', '--format', 'json', '--fail-on', 'none'], { cwd: root }).stdout,
    ) as JsonReport;
    assert.deepEqual(
      report.targets.map((target) => target.path),
      ['pod.yaml'],
    );
  });

  it('a file named explicitly is scanned whatever its name', () => {
    const root = tempDir('explicit');
    write(root, 'manifest.txt', 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n');
    write(root, 'image-recipe', '# build\nARG BASE=debian:12\nFROM ${BASE}\n');
    const report = JSON.parse(
      runCli(['scan', 'manifest.txt', 'image-recipe', '--format', 'json', '--fail-on', 'none'], { cwd: root })
        .stdout,
    ) as JsonReport;
    assert.deepEqual(report.targets, [
      { type: 'dockerfile', path: 'image-recipe' },
      { type: 'kubernetes', path: 'manifest.txt' },
    ]);
  });
});
