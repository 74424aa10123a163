import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import { inspectNode } from '../../../src/engines/node/inspect-node.js';
import { readNodeBaseline, writeNodeBaseline } from '../../../src/engines/node/integrity.js';
import { parseBaseline } from '../../../src/sources/node/baseline.js';
import type { NodeRoot } from './node-root.js';
import { hardenedNode } from './node-root.js';

const roots: NodeRoot[] = [];
after(() => {
  for (const root of roots) rmSync(root.dir, { recursive: true, force: true });
});

function node(): NodeRoot {
  const root = hardenedNode();
  roots.push(root);
  return root;
}

describe('integrity baseline', () => {
  it('records runtime binaries and configs once each, sorted, without timestamps', async () => {
    const root = node();
    const inspection = await inspectNode({ root: root.dir, integrity: true });
    assert.deepEqual(inspection.problems, []);
    const paths = (inspection.integrity ?? []).map((entry) => entry.path).sort();
    assert.deepEqual(paths, [
      '/etc/containerd/config.toml',
      '/etc/docker/daemon.json',
      '/etc/kubernetes/kubelet.conf',
      '/etc/systemd/system/kubelet.service.d/10-kubeadm.conf',
      '/usr/bin/containerd',
      '/usr/bin/containerd-shim-runc-v2',
      '/usr/bin/dockerd',
      '/usr/bin/kubelet',
      '/usr/bin/runc',
      '/usr/lib/systemd/system/kubelet.service',
      '/var/lib/kubelet/config.yaml',
    ]);
    const file = `${root.dir}.baseline.json`;
    await writeNodeBaseline(file, inspection.integrity ?? []);
    const first = readFileSync(file, 'utf8');
    await writeNodeBaseline(file, [...(inspection.integrity ?? [])].reverse());
    assert.equal(readFileSync(file, 'utf8'), first, 'same node, same bytes');
    assert.doesNotMatch(first, /time|date|created/i);
    const kubelet = (inspection.integrity ?? []).find((entry) => entry.path === '/usr/bin/kubelet');
    assert.deepEqual(kubelet, {
      path: '/usr/bin/kubelet',
      sha256: createHash('sha256').update('kubelet binary v1').digest('hex'),
      size: 'kubelet binary v1'.length,
      mode: '0755',
    });
    rmSync(file);
  });

  it('round trip: one changed binary and one changed mode are the only differences', async () => {
    const root = node();
    const file = `${root.dir}.baseline.json`;
    const before = await inspectNode({ root: root.dir, integrity: true });
    await writeNodeBaseline(file, before.integrity ?? []);
    writeFileSync(root.host('/usr/bin/kubelet'), 'kubelet binary v2 (tampered)');
    chmodSync(root.host('/usr/bin/runc'), 0o4755);
    root.file('/usr/local/bin/crictl', { text: 'new tool', mode: 0o755 });
    rmSync(root.host('/usr/bin/containerd-shim-runc-v2'));
    const read = await readNodeBaseline(file);
    assert.ok(read.ok);
    const after = await inspectNode({ root: root.dir, integrity: true, baseline: read.baseline.files });
    assert.deepEqual(
      (after.view.integrity ?? []).map((change) => `${change.change} ${change.path}`),
      [
        'removed /usr/bin/containerd-shim-runc-v2',
        'content /usr/bin/kubelet',
        'mode /usr/bin/runc',
        'added /usr/local/bin/crictl',
      ],
    );
    rmSync(file);
  });

  it('refuses a baseline that is not one, saying where', () => {
    assert.deepEqual(
      parseBaseline('{"schemaVersion": 1, "kind": "bulwark-node-baseline", "files": [{"path": "usr"}]}'),
      {
        ok: false,
        message: 'not a node baseline: files.0.path: Invalid string: must start with "/"',
      },
    );
    const notJson = parseBaseline('{');
    assert.equal(notJson.ok, false);
  });
});
