import type { BootFacts, MandatoryAccessControl, NodeView, Observation } from '../../sources/index.js';
import {
  apparmorEnabled,
  lsmList,
  mountPoints,
  secureBootEnabled,
  statusHasSeccomp,
} from '../../sources/node/kernel-files.js';
import type { NodeProblem } from './inspect-paths.js';
import { readBytesInRoot, readTextInRoot, resolveInRoot } from './root-fs.js';

/** The knobs the rules judge: hardening ones, the kubelet's protectKernelDefaults set, and forwarding for context. */
export const observedSysctls = [
  'fs.protected_hardlinks',
  'fs.protected_symlinks',
  'kernel.dmesg_restrict',
  'kernel.kptr_restrict',
  'kernel.panic',
  'kernel.panic_on_oops',
  'kernel.unprivileged_bpf_disabled',
  'kernel.unprivileged_userns_clone',
  'kernel.yama.ptrace_scope',
  'net.ipv4.ip_forward',
  'vm.overcommit_memory',
  'vm.panic_on_oom',
] as const;

const secureBootVariable = '/sys/firmware/efi/efivars/SecureBoot-8be4df61-93ca-11d2-aa0d-00e098032b8c';

export type KernelFacts = Pick<
  NodeView,
  'sysctls' | 'mandatoryAccessControl' | 'seccomp' | 'boot' | 'tpm' | 'mounts'
>;

/** Reads facts about the running kernel from its pseudo file systems under the root. */
export class KernelReader {
  readonly problems: NodeProblem[] = [];
  readonly notes: string[] = [];

  constructor(private readonly root: string) {}

  private async isDirectory(nodePath: string): Promise<boolean> {
    const resolved = await resolveInRoot(this.root, nodePath);
    return resolved.kind === 'found' && resolved.stats.isDirectory();
  }

  private async exists(nodePath: string): Promise<boolean> {
    const resolved = await resolveInRoot(this.root, nodePath);
    if (resolved.kind === 'problem') this.problems.push({ path: nodePath, message: resolved.message });
    return resolved.kind === 'found';
  }

  /** The trimmed text of a pseudo file; undefined when absent; a problem when it exists but cannot be read. */
  private async text(nodePath: string): Promise<string | undefined> {
    const read = await readTextInRoot(this.root, nodePath);
    if (read.kind === 'problem') this.problems.push({ path: nodePath, message: read.message });
    return read.kind === 'text' ? read.text.trim() : undefined;
  }

  async sysctls(): Promise<Observation<Record<string, string>>> {
    if (!(await this.isDirectory('/proc/sys'))) {
      this.notes.push('no /proc/sys under the root: kernel parameters were not checked');
      return { observed: false };
    }
    const values: Record<string, string> = {};
    for (const name of observedSysctls) {
      const value = await this.text(`/proc/sys/${name.replaceAll('.', '/')}`);
      if (value !== undefined) values[name] = value;
    }
    return { observed: true, value: values };
  }

  async mandatoryAccessControl(): Promise<Observation<MandatoryAccessControl>> {
    if (!(await this.isDirectory('/sys'))) {
      this.notes.push('no /sys under the root: AppArmor, SELinux, secure boot and TPM were not checked');
      return { observed: false };
    }
    const facts: MandatoryAccessControl = {};
    const lsm = await this.text('/sys/kernel/security/lsm');
    if (lsm !== undefined) facts.lsms = lsmList(lsm);
    const apparmor = await this.text('/sys/module/apparmor/parameters/enabled');
    if (apparmor !== undefined) {
      const profiles = await this.text('/sys/kernel/security/apparmor/profiles');
      facts.apparmor = {
        enabled: apparmorEnabled(apparmor),
        ...(profiles === undefined
          ? {}
          : { profiles: profiles.split('\n').filter((line) => line !== '').length }),
      };
    }
    const enforce = await this.text('/sys/fs/selinux/enforce');
    if (enforce !== undefined) facts.selinux = { enforcing: enforce === '1' };
    return { observed: true, value: facts };
  }

  async seccomp(): Promise<Observation<boolean>> {
    if (!(await this.isDirectory('/proc'))) {
      this.notes.push('no /proc under the root: seccomp support was not checked');
      return { observed: false };
    }
    const status = await this.text('/proc/self/status');
    if (status !== undefined && statusHasSeccomp(status)) return { observed: true, value: true };
    return { observed: true, value: await this.exists('/proc/sys/kernel/seccomp/actions_avail') };
  }

  async boot(): Promise<Observation<BootFacts>> {
    if (!(await this.isDirectory('/sys'))) return { observed: false };
    if (!(await this.isDirectory('/sys/firmware/efi')))
      return { observed: true, value: { firmware: 'legacy' } };
    const read = await readBytesInRoot(this.root, secureBootVariable);
    if (read.kind === 'problem') this.problems.push({ path: secureBootVariable, message: read.message });
    if (read.kind === 'problem')
      return { observed: true, value: { firmware: 'uefi', secureBoot: undefined } };
    // Firmware without secure boot support defines no SecureBoot variable at all.
    const secureBoot = read.kind === 'bytes' ? secureBootEnabled(read.bytes) : false;
    return { observed: true, value: { firmware: 'uefi', secureBoot } };
  }

  async tpm(): Promise<Observation<boolean>> {
    if (await this.exists('/dev/tpm0')) return { observed: true, value: true };
    // An empty /dev says nothing (an offline image has one); sysfs lists every TPM the kernel found.
    if (!(await this.isDirectory('/sys'))) return { observed: false };
    return { observed: true, value: await this.exists('/sys/class/tpm/tpm0') };
  }

  async mounts(): Promise<Observation<string[]>> {
    const text = await this.text('/proc/mounts');
    return text === undefined ? { observed: false } : { observed: true, value: mountPoints(text) };
  }

  async all(): Promise<KernelFacts> {
    return {
      sysctls: await this.sysctls(),
      mandatoryAccessControl: await this.mandatoryAccessControl(),
      seccomp: await this.seccomp(),
      boot: await this.boot(),
      tpm: await this.tpm(),
      mounts: await this.mounts(),
    };
  }
}
