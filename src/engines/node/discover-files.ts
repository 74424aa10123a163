import path from 'node:path';
import type { NodeFileRole } from '../../sources/index.js';
import { daemonJsonPaths, kubeletConfigPaths } from '../../sources/node/config-files.js';
import { unitFlags } from '../../sources/node/unit-flags.js';
import type { NodeProblem, PathRequest } from './inspect-paths.js';
import { listInRoot, readTextInRoot } from './root-fs.js';

/** Where systemd looks for units, lowest precedence first (a unit in /etc overrides the packaged one). */
const unitFolders = ['/lib/systemd/system', '/usr/lib/systemd/system', '/etc/systemd/system'];

const proxyKubeconfigCandidates = [
  '/etc/kubernetes/kube-proxy.conf',
  '/etc/kubernetes/kube-proxy.kubeconfig',
  '/etc/kubernetes/proxy.conf',
  '/var/lib/kube-proxy/kubeconfig',
  '/var/lib/kube-proxy/kubeconfig.conf',
];

/** The kubeconfigs kubeadm writes for administrators and the control-plane components. */
const controlPlaneKubeconfigs = [
  'admin.conf',
  'controller-manager.conf',
  'scheduler.conf',
  'super-admin.conf',
];

export interface DiscoveredFiles {
  requests: PathRequest[];
  problems: NodeProblem[];
  dockerDataRoot: string;
}

/** Walks the node's unit files and configs to learn which files play which role. */
class Discovery {
  readonly requests: PathRequest[] = [];
  readonly problems: NodeProblem[] = [];

  constructor(private readonly root: string) {}

  want(nodePath: string, role: NodeFileRole): void {
    this.requests.push({ path: path.posix.resolve('/', nodePath), roles: [role] });
  }

  async text(nodePath: string): Promise<string | undefined> {
    const read = await readTextInRoot(this.root, nodePath);
    if (read.kind === 'problem') this.problems.push({ path: nodePath, message: read.message });
    return read.kind === 'text' ? read.text : undefined;
  }

  async names(folder: string): Promise<string[]> {
    const listed = await listInRoot(this.root, folder);
    if (listed.kind === 'problem') this.problems.push({ path: folder, message: listed.message });
    return listed.kind === 'names' ? listed.names : [];
  }

  /** A unit and its drop-ins, in the order systemd applies them; each becomes a request with `role`. */
  async unitFlags(unit: string, role: NodeFileRole): Promise<Map<string, string>> {
    const files: string[] = [];
    for (const folder of unitFolders) files.push(`${folder}/${unit}`);
    const dropIns = new Map<string, string>();
    for (const folder of unitFolders)
      for (const name of await this.names(`${folder}/${unit}.d`))
        if (name.endsWith('.conf')) dropIns.set(name, `${folder}/${unit}.d/${name}`);
    files.push(...[...dropIns.keys()].sort().map((name) => dropIns.get(name) ?? name));
    const flags = new Map<string, string>();
    for (const file of files) {
      this.want(file, role);
      const text = await this.text(file);
      if (text !== undefined) for (const [name, value] of unitFlags(text)) flags.set(name, value);
    }
    return flags;
  }

  async kubernetes(): Promise<void> {
    const flags = await this.unitFlags('kubelet.service', 'kubelet-service');
    this.want(flags.get('kubeconfig') ?? '/etc/kubernetes/kubelet.conf', 'kubelet-kubeconfig');
    const config = flags.get('config') ?? '/var/lib/kubelet/config.yaml';
    this.want(config, 'kubelet-config');
    const configured = kubeletConfigPaths((await this.text(config)) ?? '');
    const clientCa = flags.get('client-ca-file') ?? configured.clientCAFile;
    if (clientCa !== undefined) this.want(clientCa, 'kubelet-client-ca');
    const manifests =
      flags.get('pod-manifest-path') ?? configured.staticPodPath ?? '/etc/kubernetes/manifests';
    for (const name of await this.names(manifests))
      if (/\.(?:ya?ml|json)$/.test(name)) this.want(`${manifests}/${name}`, 'control-plane-manifest');
    for (const name of controlPlaneKubeconfigs)
      this.want(`/etc/kubernetes/${name}`, 'control-plane-kubeconfig');
    for (const candidate of proxyKubeconfigCandidates) this.want(candidate, 'proxy-kubeconfig');
    await this.pki('/etc/kubernetes/pki', 2);
    this.want('/etc/containerd/config.toml', 'containerd-config');
    this.want('/run/containerd/containerd.sock', 'containerd-socket');
  }

  async pki(folder: string, depth: number): Promise<void> {
    this.want(folder, 'kubernetes-pki-directory');
    for (const name of await this.names(folder)) {
      if (name.endsWith('.crt')) this.want(`${folder}/${name}`, 'kubernetes-pki-certificate');
      else if (name.endsWith('.key')) this.want(`${folder}/${name}`, 'kubernetes-pki-key');
      else if (depth > 1 && !name.includes('.')) await this.pki(`${folder}/${name}`, depth - 1);
    }
  }

  async docker(): Promise<string> {
    const flags = await this.unitFlags('docker.service', 'docker-service');
    for (const folder of unitFolders) this.want(`${folder}/docker.socket`, 'docker-socket-unit');
    this.want('/etc/docker', 'docker-config-directory');
    for (const registry of await this.names('/etc/docker/certs.d'))
      for (const name of await this.names(`/etc/docker/certs.d/${registry}`))
        this.want(`/etc/docker/certs.d/${registry}/${name}`, 'docker-registry-certificate');
    const daemonJson = flags.get('config-file') ?? '/etc/docker/daemon.json';
    this.want(daemonJson, 'docker-daemon-json');
    const configured = daemonJsonPaths((await this.text(daemonJson)) ?? '');
    const tls: [string | undefined, NodeFileRole][] = [
      [flags.get('tlscacert') ?? configured.tlscacert, 'docker-tls-ca'],
      [flags.get('tlscert') ?? configured.tlscert, 'docker-tls-certificate'],
      [flags.get('tlskey') ?? configured.tlskey, 'docker-tls-key'],
    ];
    for (const [file, role] of tls) if (file !== undefined) this.want(file, role);
    this.want('/var/run/docker.sock', 'docker-socket');
    this.want('/etc/default/docker', 'docker-default');
    this.want('/etc/sysconfig/docker', 'docker-sysconfig');
    return flags.get('data-root') ?? configured.dataRoot ?? '/var/lib/docker';
  }
}

/** The kubelet, container runtime and Docker files of a node, with the paths their own configs name. */
export async function discoverNodeFiles(root: string): Promise<DiscoveredFiles> {
  const discovery = new Discovery(root);
  await discovery.kubernetes();
  const dockerDataRoot = await discovery.docker();
  return { requests: discovery.requests, problems: discovery.problems, dockerDataRoot };
}
