import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import { KernelReader } from '../../../src/engines/node/kernel-facts.js';
import { NodeRoot, secureBootBytes } from './node-root.js';

const roots: NodeRoot[] = [];
after(() => {
  for (const root of roots) rmSync(root.dir, { recursive: true, force: true });
});

function root(): NodeRoot {
  const made = new NodeRoot('node-kernel');
  roots.push(made);
  return made.folder('/proc').folder('/sys').folder('/dev');
}

const secureBootPath = '/sys/firmware/efi/efivars/SecureBoot-8be4df61-93ca-11d2-aa0d-00e098032b8c';

describe('KernelReader', () => {
  it('reads the sysctls the kernel has and leaves out the ones it lacks', async () => {
    const node = root().sysctl('kernel.kptr_restrict', '2').sysctl('kernel.yama.ptrace_scope', '1');
    const sysctls = await new KernelReader(node.dir).sysctls();
    assert.deepEqual(sysctls, {
      observed: true,
      value: { 'kernel.kptr_restrict': '2', 'kernel.yama.ptrace_scope': '1' },
    });
  });

  it('tells secure boot on, off, without a variable, and legacy boot apart', async () => {
    const on = root().file(secureBootPath, { text: secureBootBytes(true), mode: 0o644 });
    const off = root().file(secureBootPath, { text: secureBootBytes(false), mode: 0o644 });
    const noVariable = root().folder('/sys/firmware/efi/efivars');
    const legacy = root();
    assert.deepEqual(await new KernelReader(on.dir).boot(), {
      observed: true,
      value: { firmware: 'uefi', secureBoot: true },
    });
    assert.deepEqual(await new KernelReader(off.dir).boot(), {
      observed: true,
      value: { firmware: 'uefi', secureBoot: false },
    });
    assert.deepEqual(await new KernelReader(noVariable.dir).boot(), {
      observed: true,
      value: { firmware: 'uefi', secureBoot: false },
    });
    assert.deepEqual(await new KernelReader(legacy.dir).boot(), {
      observed: true,
      value: { firmware: 'legacy' },
    });
  });

  it('reports an unreadable SecureBoot variable as a problem, not as off', async () => {
    const node = root();
    mkdirSync(node.host(secureBootPath), { recursive: true });
    const reader = new KernelReader(node.dir);
    assert.deepEqual(await reader.boot(), {
      observed: true,
      value: { firmware: 'uefi', secureBoot: undefined },
    });
    assert.deepEqual(reader.problems, [
      { path: secureBootPath, message: 'is a directory, not a regular file: cannot read it' },
    ]);
  });

  it('reads SELinux, AppArmor and the LSM list', async () => {
    const node = root()
      .file('/sys/kernel/security/lsm', { text: 'capability,selinux\n', mode: 0o444 })
      .file('/sys/fs/selinux/enforce', { text: '0', mode: 0o644 });
    assert.deepEqual(await new KernelReader(node.dir).mandatoryAccessControl(), {
      observed: true,
      value: { lsms: ['capability', 'selinux'], selinux: { enforcing: false } },
    });
  });

  it('finds seccomp through actions_avail when the status has no Seccomp line, and a TPM under /dev', async () => {
    const node = root()
      .file('/proc/self/status', { text: 'Name:\tinit\n', mode: 0o444 })
      .file('/proc/sys/kernel/seccomp/actions_avail', { text: 'kill_process allow\n', mode: 0o444 })
      .file('/dev/tpm0', { text: '', mode: 0o600 });
    const reader = new KernelReader(node.dir);
    assert.deepEqual(await reader.seccomp(), { observed: true, value: true });
    assert.deepEqual(await reader.tpm(), { observed: true, value: true });
    assert.deepEqual(await new KernelReader(root().dir).seccomp(), { observed: true, value: false });
  });

  it('parses mount points with escaped spaces', async () => {
    const node = root().file('/proc/mounts', {
      text: '/dev/sda1 / ext4 rw 0 0\n/dev/sdb1 /srv/docker\\040data xfs rw 0 0\n',
      mode: 0o444,
    });
    assert.deepEqual(await new KernelReader(node.dir).mounts(), {
      observed: true,
      value: ['/', '/srv/docker data'],
    });
  });
});
