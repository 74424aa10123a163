import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { chooseDockerd, listDockerdProcesses } from '../../../src/engines/host/find-dockerd.js';
import { parseDockerHost } from '../../../src/engines/image/remote/engine/docker-host.js';
import { tempDir } from '../../support/cli.js';

async function fakeProc(processes: Record<string, string[]>): Promise<string> {
  const root = tempDir('host-proc');
  for (const [pid, argv] of Object.entries(processes)) {
    await mkdir(path.join(root, pid));
    await writeFile(path.join(root, pid, 'cmdline'), `${argv.join('\u0000')}\u0000`);
  }
  // Entries that are not processes, and a process whose cmdline cannot be read, are skipped.
  await mkdir(path.join(root, 'self-not-a-pid'));
  await mkdir(path.join(root, '999'));
  return root;
}

const unixEndpoint = (socket: string) => parseDockerHost({ DOCKER_HOST: `unix://${socket}` });

describe('finding the dockerd behind an Engine API address', () => {
  it('lists only dockerd processes, by PID', async () => {
    const root = await fakeProc({
      '40': ['/usr/bin/containerd'],
      '12': ['/usr/sbin/dockerd', '-H', 'fd://'],
      '7': ['dockerd', '--iptables=false'],
      '8': ['/usr/bin/docker', 'ps'],
    });
    const found = await listDockerdProcesses(root);
    assert.deepEqual(
      found.map((process) => process.pid),
      [7, 12],
    );
    assert.deepEqual(found[1]?.argv, ['/usr/sbin/dockerd', '-H', 'fd://']);
  });

  it('fails clearly when the proc root cannot be listed', async () => {
    await assert.rejects(
      listDockerdProcesses('/nonexistent-proc-root'),
      /cannot list the processes under .* \(ENOENT\)/,
    );
  });

  it('picks the daemon whose -H names the socket among several', () => {
    const candidates = [
      { pid: 10, argv: ['dockerd', '-H', 'unix:///tmp/a/docker.sock'] },
      { pid: 11, argv: ['dockerd', '--host=unix:///tmp/b/docker.sock', '--iptables=false'] },
    ];
    const search = chooseDockerd(candidates, unixEndpoint('/tmp/b/docker.sock'));
    assert.equal(search.found && search.process.pid, 11);
  });

  it('takes a daemon without -H for the default socket, and matches tcp on any address', () => {
    const candidates = [
      { pid: 3, argv: ['dockerd'] },
      { pid: 4, argv: ['dockerd', '-H', 'tcp://0.0.0.0:2376'] },
    ];
    const byDefault = chooseDockerd(candidates, parseDockerHost({}));
    assert.equal(byDefault.found && byDefault.process.pid, 3);
    const byTcp = chooseDockerd(candidates, parseDockerHost({ DOCKER_HOST: 'tcp://127.0.0.1:2376' }));
    assert.equal(byTcp.found && byTcp.process.pid, 4);
  });

  it('takes the only daemon even when its address is written differently (systemd fd://)', () => {
    const search = chooseDockerd([{ pid: 5, argv: ['dockerd', '-H', 'fd://'] }], parseDockerHost({}));
    assert.equal(search.found && search.process.pid, 5);
  });

  it('never takes a daemon that listens elsewhere, even the only one', () => {
    const search = chooseDockerd(
      [{ pid: 6, argv: ['dockerd', '-H', 'unix:///tmp/a/docker.sock'] }],
      unixEndpoint('/tmp/b/docker.sock'),
    );
    assert.deepEqual(search, {
      found: false,
      reason: '1 dockerd process (PIDs 6) and none listens on unix:///tmp/b/docker.sock',
    });
  });

  it('reports, never guesses, when several daemons could be the one', () => {
    const search = chooseDockerd(
      [
        { pid: 8, argv: ['dockerd', '-H', 'fd://'] },
        { pid: 9, argv: ['dockerd'] },
      ],
      unixEndpoint('/tmp/c/docker.sock'),
    );
    assert.deepEqual(search, {
      found: false,
      reason: '2 dockerd processes (PIDs 8, 9) and several could listen on unix:///tmp/c/docker.sock',
    });
  });

  it('reports, never guesses, when several daemons run and none listens there', () => {
    const candidates = [
      { pid: 10, argv: ['dockerd', '-H', 'unix:///tmp/a/docker.sock'] },
      { pid: 11, argv: ['dockerd', '-H', 'unix:///tmp/b/docker.sock'] },
    ];
    assert.deepEqual(chooseDockerd(candidates, unixEndpoint('/tmp/c/docker.sock')), {
      found: false,
      reason: '2 dockerd processes (PIDs 10, 11) and none listens on unix:///tmp/c/docker.sock',
    });
    assert.deepEqual(chooseDockerd([], unixEndpoint('/tmp/c/docker.sock')), {
      found: false,
      reason: 'no dockerd process is visible',
    });
  });
});
