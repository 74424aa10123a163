import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import type { Finding } from '../../../src/core/index.js';
import { defaultConfig } from '../../../src/engines/config/schema.js';
import type { NodeScanRequest } from '../../../src/engines/node/index.js';
import { inspectNode, scanNode } from '../../../src/engines/node/index.js';
import { nodeRules } from '../../../src/rules/node/index.js';
import type { NodeRoot } from './node-root.js';
import { canChown, hardenedNode } from './node-root.js';

const nodeRuleIds = new Set(nodeRules.map((rule) => rule.id));
const roots: NodeRoot[] = [];

after(() => {
  for (const root of roots) rmSync(root.dir, { recursive: true, force: true });
});

function track(root: NodeRoot): NodeRoot {
  roots.push(root);
  return root;
}

function request(root: NodeRoot, extra: Partial<NodeScanRequest> = {}): NodeScanRequest {
  return {
    root: root.dir,
    rootDisplay: '/mnt/node',
    config: defaultConfig,
    configRoot: root.dir,
    selection: { only: [], skip: [] },
    today: '2026-01-01',
    ...extra,
  };
}

function nodeFindings(findings: readonly Finding[]): string[] {
  return (
    findings
      .filter((finding) => nodeRuleIds.has(finding.ruleId))
      // Without root the fixture files belong to the test user: only modes are compared then.
      .filter((finding) => canChown || finding.location.path !== 'owner')
      .map((finding) => `${finding.ruleId} ${finding.location.file ?? ''} ${finding.location.path ?? ''}`)
      .sort()
  );
}

/** The hardened node, loosened the way real nodes drift. */
function insecureNode(): NodeRoot {
  const root = track(hardenedNode());
  root
    .file('/etc/kubernetes/kubelet.conf', { text: 'apiVersion: v1\nkind: Config\n', mode: 0o644, uid: 1000 })
    .file('/var/lib/kubelet/config.yaml', { text: 'kind: KubeletConfiguration\n', mode: 0o666 })
    .file('/etc/kubernetes/pki/ca.key', { text: 'key', mode: 0o644 })
    .file('/etc/docker/daemon.json', { text: '{}', mode: 0o666 })
    .folder('/run')
    .file('/run/docker.sock', { text: '', mode: 0o666 })
    .link('/var/run', '../run')
    .sysctl('kernel.kptr_restrict', '0');
  chmodSync(root.host('/etc/docker'), 0o777);
  rmSync(root.host('/sys/firmware'), { recursive: true });
  rmSync(root.host('/sys/class/tpm'), { recursive: true });
  rmSync(root.host('/sys/module'), { recursive: true });
  rmSync(root.host('/sys/kernel/security'), { recursive: true });
  return root;
}

describe('scanNode', () => {
  it('finds nothing on a hardened node, and names it as given', async () => {
    const root = track(hardenedNode());
    const result = await scanNode(request(root));
    assert.deepEqual(result.errors, []);
    assert.deepEqual(nodeFindings(result.findings), []);
    assert.deepEqual(result.targets, [{ type: 'node', path: '/mnt/node' }]);
    assert.deepEqual(result.notes, []);
  });

  it('reports each loosened file, kernel and firmware fact on the node path and field', async () => {
    const root = insecureNode();
    const result = await scanNode(request(root));
    assert.deepEqual(result.errors, []);
    const expected = [
      'DH082 /etc/docker mode',
      'DH087 /var/run/docker.sock mode',
      'DH088 /etc/docker/daemon.json mode',
      'KC102 /etc/kubernetes/kubelet.conf mode',
      'KC104 /var/lib/kubelet/config.yaml mode',
      'KC107 /etc/kubernetes/pki/ca.key mode',
      'KC110 /proc/sys/kernel/kptr_restrict kernel.kptr_restrict',
      'KC113 /sys/kernel/security/lsm lsm',
      'KC115 /sys/firmware/efi firmware',
      'KC116 /sys/class/tpm/tpm0 tpm',
    ];
    if (canChown) expected.push('KC102 /etc/kubernetes/kubelet.conf owner');
    assert.deepEqual(nodeFindings(result.findings), expected.sort());
    for (const finding of result.findings) assert.ok(!(finding.location.file ?? '').includes(root.dir));
  });

  it('scans the kubelet config and kubeconfig with the scan engine, under their node paths', async () => {
    const root = track(hardenedNode());
    const result = await scanNode(request(root));
    for (const finding of result.findings.filter((each) => !nodeRuleIds.has(each.ruleId)))
      assert.ok(
        ['/var/lib/kubelet/config.yaml', '/etc/kubernetes/kubelet.conf'].includes(
          finding.location.file ?? '',
        ),
        `${finding.ruleId} at ${finding.location.file ?? ''}`,
      );
  });

  it('follows the kubelet drop-in to a config and kubeconfig elsewhere', async () => {
    const root = track(hardenedNode());
    root
      .file('/etc/systemd/system/kubelet.service.d/20-custom.conf', {
        text: '[Service]\nEnvironment="KUBELET_EXTRA_ARGS=--config /etc/kubelet/custom.yaml --kubeconfig=/etc/kubelet/kc"\n',
        mode: 0o600,
      })
      .file('/etc/kubelet/custom.yaml', {
        text: 'kind: KubeletConfiguration\nauthentication:\n  x509:\n    clientCAFile: /etc/kubelet/ca.pem\n',
        mode: 0o640,
      })
      .file('/etc/kubelet/kc', { text: 'kind: Config\n', mode: 0o600 })
      .file('/etc/kubelet/ca.pem', { text: 'ca', mode: 0o644 });
    const inspection = await inspectNode({ root: root.dir, integrity: false });
    const roles = inspection.view.files
      .filter((file) => file.path.startsWith('/etc/kubelet/'))
      .map((file) => `${file.path} ${file.roles.join(',')}`);
    assert.deepEqual(roles, [
      '/etc/kubelet/ca.pem kubelet-client-ca',
      '/etc/kubelet/custom.yaml kubelet-config',
      '/etc/kubelet/kc kubelet-kubeconfig',
    ]);
    const result = await scanNode(request(root));
    assert.deepEqual(nodeFindings(result.findings), [
      'KC103 /etc/kubelet/ca.pem mode',
      'KC104 /etc/kubelet/custom.yaml mode',
    ]);
  });

  it('turns an unreadable file into an error with its node path, and still reports the rest', async () => {
    const root = insecureNode();
    rmSync(root.host('/etc/docker/daemon.json'));
    mkdirSync(root.host('/etc/docker/daemon.json'));
    const result = await scanNode(request(root));
    assert.deepEqual(
      result.errors.map((error) => `${error.file}: ${error.message}`),
      ['/etc/docker/daemon.json: is a directory, not a regular file: cannot read it'],
    );
    assert.ok(nodeFindings(result.findings).includes('KC102 /etc/kubernetes/kubelet.conf mode'));
  });

  it('judges the static control-plane pods and kubeconfigs, and scans the manifests', async () => {
    const root = track(hardenedNode());
    const apiserver = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: kube-apiserver',
      '  namespace: kube-system',
      'spec:',
      '  hostNetwork: true',
      '  containers:',
      '  - name: kube-apiserver',
      '    image: registry.k8s.io/kube-apiserver:v1.30.0',
      '    command: [kube-apiserver, --anonymous-auth=true]',
      '',
    ].join('\n');
    root
      .file('/etc/kubernetes/manifests/kube-apiserver.yaml', { text: apiserver, mode: 0o644 })
      .file('/etc/kubernetes/manifests/README', { text: 'not a manifest', mode: 0o644 })
      .file('/etc/kubernetes/admin.conf', { text: 'kind: Config\n', mode: 0o640 });
    const result = await scanNode(request(root));
    assert.deepEqual(result.errors, []);
    assert.deepEqual(nodeFindings(result.findings), [
      'KC120 /etc/kubernetes/manifests/kube-apiserver.yaml mode',
      'KC121 /etc/kubernetes/admin.conf mode',
    ]);
    const scanned = result.findings.filter(
      (finding) =>
        !nodeRuleIds.has(finding.ruleId) &&
        finding.location.file === '/etc/kubernetes/manifests/kube-apiserver.yaml',
    );
    assert.ok(scanned.length > 0, 'the scan rules judged the static pod');
    assert.ok(scanned.every((finding) => (finding.location.startLine ?? 0) > 0));
  });

  it('says what it did not check when the root has no /proc or /sys', async () => {
    const root = track(hardenedNode());
    rmSync(root.host('/proc'), { recursive: true });
    rmSync(root.host('/sys'), { recursive: true });
    const result = await scanNode(request(root));
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.notes, [
      'no /proc/sys under the root: kernel parameters were not checked',
      'no /sys under the root: AppArmor, SELinux, secure boot and TPM were not checked',
      'no /proc under the root: seccomp support was not checked',
    ]);
    assert.deepEqual(nodeFindings(result.findings), []);
  });
});
