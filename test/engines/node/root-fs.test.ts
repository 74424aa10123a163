import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import { inspectPaths } from '../../../src/engines/node/inspect-paths.js';
import { readTextInRoot, resolveInRoot, sha256Of } from '../../../src/engines/node/root-fs.js';
import { NodeRoot } from './node-root.js';

const root = new NodeRoot('node-fs');
after(() => rmSync(root.dir, { recursive: true, force: true }));

root
  .file('/etc/kubernetes/kubelet.conf', { text: 'inside', mode: 0o600 })
  .folder('/run')
  .file('/run/docker.sock', { text: '', mode: 0o660 })
  .link('/var/run', '../run')
  .link('/etc/absolute', '/etc/kubernetes/kubelet.conf')
  .link('/etc/escape', '../../../../../../etc/hostname')
  .link('/etc/loop-a', 'loop-b')
  .link('/etc/loop-b', 'loop-a');

describe('resolveInRoot', () => {
  it('resolves a symlinked folder on the way (/var/run -> ../run)', async () => {
    const resolved = await resolveInRoot(root.dir, '/var/run/docker.sock');
    assert.equal(resolved.kind, 'found');
    assert.equal(resolved.kind === 'found' ? resolved.realPath : '', '/run/docker.sock');
  });

  it('starts an absolute link target again at the root, not at this machine', async () => {
    const read = await readTextInRoot(root.dir, '/etc/absolute');
    assert.deepEqual(read, { kind: 'text', text: 'inside', realPath: '/etc/kubernetes/kubelet.conf' });
  });

  it('stops `..` at the root, so a link never leaves it', async () => {
    assert.deepEqual(await resolveInRoot(root.dir, '/etc/escape'), { kind: 'missing' });
    root.file('/etc/hostname', { text: 'node-in-root', mode: 0o644 });
    const read = await readTextInRoot(root.dir, '/etc/escape');
    assert.equal(read.kind === 'text' ? read.text : read.kind, 'node-in-root');
  });

  it('reports a symlink loop as a problem instead of hanging', async () => {
    const resolved = await resolveInRoot(root.dir, '/etc/loop-a');
    assert.equal(resolved.kind, 'problem');
    const inspected = await inspectPaths(root.dir, [{ path: '/etc/loop-a', roles: ['docker-default'] }]);
    assert.deepEqual(inspected, {
      files: [],
      problems: [{ path: '/etc/loop-a', message: 'too many levels of symbolic links (a loop?)' }],
    });
  });

  it('treats a missing path, or one through a file, as missing', async () => {
    assert.deepEqual(await resolveInRoot(root.dir, '/nope/file'), { kind: 'missing' });
    assert.deepEqual(await resolveInRoot(root.dir, '/etc/kubernetes/kubelet.conf/below'), {
      kind: 'missing',
    });
  });
});

describe('reading files inside the root', () => {
  it('never opens a FIFO where a file is expected', async () => {
    execFileSync('mkfifo', [root.host('/etc/fifo')]);
    const read = await readTextInRoot(root.dir, '/etc/fifo');
    assert.deepEqual(read, { kind: 'problem', message: 'is a fifo, not a regular file: cannot read it' });
    const inspected = await inspectPaths(root.dir, [{ path: '/etc/fifo', roles: [], hash: true }]);
    assert.equal(inspected.files[0]?.type, 'fifo');
    assert.deepEqual(inspected.problems, [
      { path: '/etc/fifo', message: 'is a fifo, not a regular file: cannot hash it' },
    ]);
  });

  it('records mode, type and the path asked for, with roles merged', async () => {
    const inspected = await inspectPaths(root.dir, [
      { path: '/var/run/docker.sock', roles: ['docker-socket'] },
      { path: '/var/run/docker.sock', roles: ['containerd-socket'] },
      { path: '/etc/not-there', roles: ['docker-default'] },
    ]);
    assert.deepEqual(inspected.problems, []);
    const [file] = inspected.files;
    assert.equal(inspected.files.length, 1);
    assert.equal(file?.path, '/var/run/docker.sock');
    assert.equal(file?.realPath, '/run/docker.sock');
    assert.equal(file?.mode, 0o660);
    assert.deepEqual(file?.roles, ['containerd-socket', 'docker-socket']);
  });

  it('hashes by streaming, with the same digest as hashing the bytes', async () => {
    const big = Buffer.alloc(3 * 1024 * 1024 + 7, 0x5a);
    writeFileSync(root.host('/big'), big);
    assert.equal(await sha256Of(root.host('/big')), createHash('sha256').update(big).digest('hex'));
  });
});
