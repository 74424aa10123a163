import { chmodSync, chownSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../../support/cli.js';

/** Tests run as root in CI, where owners can be set; elsewhere only modes are built and checked. */
export const canChown = process.getuid?.() === 0;

export interface FileSpec {
  text?: string | Uint8Array;
  mode: number;
  uid?: number;
  gid?: number;
}

/** A folder laid out like a node's root, built file by file. */
export class NodeRoot {
  readonly dir: string;

  constructor(prefix = 'node-root') {
    this.dir = tempDir(prefix);
  }

  host(nodePath: string): string {
    return path.join(this.dir, nodePath);
  }

  file(nodePath: string, spec: FileSpec): this {
    const target = this.host(nodePath);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, spec.text ?? '');
    chmodSync(target, spec.mode);
    if (canChown) chownSync(target, spec.uid ?? 0, spec.gid ?? 0);
    return this;
  }

  folder(nodePath: string, mode = 0o755, uid = 0): this {
    const target = this.host(nodePath);
    mkdirSync(target, { recursive: true });
    chmodSync(target, mode);
    if (canChown) chownSync(target, uid, 0);
    return this;
  }

  link(nodePath: string, target: string): this {
    mkdirSync(path.dirname(this.host(nodePath)), { recursive: true });
    symlinkSync(target, this.host(nodePath));
    return this;
  }

  sysctl(name: string, value: string): this {
    return this.file(`/proc/sys/${name.replaceAll('.', '/')}`, { text: `${value}\n`, mode: 0o644 });
  }
}

const kubeletDropIn = [
  '[Service]',
  'Environment="KUBELET_KUBECONFIG_ARGS=--bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf --kubeconfig=/etc/kubernetes/kubelet.conf"',
  'Environment="KUBELET_CONFIG_ARGS=--config=/var/lib/kubelet/config.yaml"',
  'ExecStart=',
  'ExecStart=/usr/bin/kubelet $KUBELET_KUBECONFIG_ARGS $KUBELET_CONFIG_ARGS',
  '',
].join('\n');

const kubeletConfig = [
  'apiVersion: kubelet.config.k8s.io/v1beta1',
  'kind: KubeletConfiguration',
  'authentication:',
  '  anonymous:',
  '    enabled: false',
  '  x509:',
  '    clientCAFile: /etc/kubernetes/pki/ca.crt',
  'authorization:',
  '  mode: Webhook',
  'protectKernelDefaults: true',
  '',
].join('\n');

const kubeconfig = [
  'apiVersion: v1',
  'kind: Config',
  'clusters:',
  '- name: default',
  '  cluster:',
  '    server: https://10.0.0.1:6443',
  'users:',
  '- name: default',
  '  user:',
  '    client-certificate: /var/lib/kubelet/pki/kubelet-client-current.pem',
  'contexts:',
  '- name: default',
  '  context: {cluster: default, user: default}',
  'current-context: default',
  '',
].join('\n');

const hardenedSysctls: Record<string, string> = {
  'fs.protected_hardlinks': '1',
  'fs.protected_symlinks': '1',
  'kernel.dmesg_restrict': '1',
  'kernel.kptr_restrict': '1',
  'kernel.panic': '10',
  'kernel.panic_on_oops': '1',
  'kernel.unprivileged_bpf_disabled': '2',
  'kernel.yama.ptrace_scope': '1',
  'net.ipv4.ip_forward': '1',
  'vm.overcommit_memory': '1',
  'vm.panic_on_oom': '0',
};

/** The secure boot variable: 4 attribute bytes, then the value. */
export function secureBootBytes(on: boolean): Uint8Array {
  return Uint8Array.from([0x06, 0, 0, 0, on ? 1 : 0]);
}

/** A Kubernetes node with Docker that passes every node rule: strict modes, root owners, a hardened kernel. */
export function hardenedNode(): NodeRoot {
  const root = new NodeRoot('node-hardened');
  root
    .file('/etc/hostname', { text: 'worker-1\n', mode: 0o644 })
    .file('/etc/group', { text: 'root:x:0:\ndocker:x:998:admin\n', mode: 0o644 })
    .file('/etc/systemd/system/kubelet.service.d/10-kubeadm.conf', { text: kubeletDropIn, mode: 0o600 })
    .file('/usr/lib/systemd/system/kubelet.service', {
      text: '[Service]\nExecStart=/usr/bin/kubelet\n',
      mode: 0o600,
    })
    .file('/etc/kubernetes/kubelet.conf', { text: kubeconfig, mode: 0o600 })
    .file('/var/lib/kubelet/config.yaml', { text: kubeletConfig, mode: 0o600 })
    .folder('/etc/kubernetes/pki')
    .file('/etc/kubernetes/pki/ca.crt', { text: 'cert', mode: 0o600 })
    .file('/etc/kubernetes/pki/ca.key', { text: 'key', mode: 0o600 })
    .file('/etc/containerd/config.toml', { text: 'version = 2\n', mode: 0o644 })
    .file('/usr/bin/kubelet', { text: 'kubelet binary v1', mode: 0o755 })
    .file('/usr/bin/containerd', { text: 'containerd binary', mode: 0o755 })
    .file('/usr/bin/containerd-shim-runc-v2', { text: 'shim binary', mode: 0o755 })
    .file('/usr/bin/runc', { text: 'runc binary', mode: 0o755 })
    .file('/usr/bin/dockerd', { text: 'dockerd binary', mode: 0o755 })
    .file('/usr/bin/ls', { text: 'not a runtime binary', mode: 0o755 })
    .link('/bin', 'usr/bin')
    .file('/usr/lib/systemd/system/docker.service', {
      text: '[Service]\nExecStart=/usr/bin/dockerd\n',
      mode: 0o644,
    })
    .file('/usr/lib/systemd/system/docker.socket', { text: '[Socket]\n', mode: 0o644 })
    .folder('/etc/docker')
    .file('/etc/docker/daemon.json', { text: '{"icc": false}\n', mode: 0o644 })
    .file('/etc/default/docker', { text: '', mode: 0o644 })
    .file('/proc/mounts', {
      text: '/dev/sda1 / ext4 rw 0 0\n/dev/sdb1 /var/lib/docker ext4 rw 0 0\n',
      mode: 0o444,
    })
    .file('/proc/self/status', { text: 'Name:\tbulwark\nSeccomp:\t0\n', mode: 0o444 })
    .file('/sys/kernel/security/lsm', { text: 'lockdown,capability,yama,apparmor\n', mode: 0o444 })
    .file('/sys/module/apparmor/parameters/enabled', { text: 'Y\n', mode: 0o444 })
    .file('/sys/kernel/security/apparmor/profiles', { text: 'docker-default (enforce)\n', mode: 0o444 })
    .file('/sys/firmware/efi/efivars/SecureBoot-8be4df61-93ca-11d2-aa0d-00e098032b8c', {
      text: secureBootBytes(true),
      mode: 0o644,
    })
    .folder('/sys/class/tpm/tpm0')
    .folder('/dev');
  for (const [name, value] of Object.entries(hardenedSysctls)) root.sysctl(name, value);
  return root;
}
