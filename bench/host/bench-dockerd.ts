// A private dockerd for the host benchmark (no iptables, no bridge, a socket in a short temporary folder) and a
// tiny image that can sleep: this machine's own `sleep` with the shared libraries it links, imported as a root fs.
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface BenchDockerd {
  /** `unix://…/docker.sock`. */
  host: string;
  pid: number;
  docker(args: readonly string[]): string;
  stop(): Promise<void>;
}

export const benchImage = 'local/bench-sleep:1';

function pinged(socketPath: string): Promise<boolean> {
  return new Promise((resolve) => {
    const outgoing = request({ socketPath, path: '/_ping', method: 'GET', timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    outgoing.on('timeout', () => outgoing.destroy());
    outgoing.on('error', () => resolve(false));
    outgoing.end();
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** `sleep` as /bin/sleep and the libraries `ldd` lists for it, at their paths, tarred as a root file system. */
async function sleepRootfs(directory: string): Promise<string> {
  const root = path.join(directory, 'rootfs');
  const sleepBinary = spawnSync('sh', ['-c', 'command -v sleep'], { encoding: 'utf8' }).stdout.trim();
  const ldd = spawnSync('ldd', [sleepBinary], { encoding: 'utf8' }).stdout;
  await mkdir(path.join(root, 'bin'), { recursive: true });
  await copyFile(sleepBinary, path.join(root, 'bin', 'sleep'));
  const files: string[] = [];
  for (const match of ldd.matchAll(/(?<library>\/\S+)\s+\(0x/g))
    if (match.groups?.library) files.push(match.groups.library);
  for (const file of files) {
    await mkdir(path.join(root, path.dirname(file)), { recursive: true });
    await copyFile(file, path.join(root, file));
  }
  const tar = path.join(directory, 'rootfs.tar');
  const packed = spawnSync('tar', ['-C', root, '-cf', tar, '.'], { encoding: 'utf8' });
  if (packed.status !== 0) throw new Error(`tar failed: ${packed.stderr}`);
  return tar;
}

/** Starts dockerd, waits for `/_ping`, and imports the sleeping image. */
export async function startBenchDockerd(): Promise<BenchDockerd> {
  // Unix socket paths hold about 107 bytes: the folder must be short.
  const directory = await mkdtemp(path.join(os.tmpdir(), 'bwb-'));
  const socketPath = path.join(directory, 'docker.sock');
  const log = openSync(path.join(directory, 'dockerd.log'), 'a');
  const flags = ['--iptables=false', '--bridge=none', '--ip-forward=false', '--ip-masq=false'];
  const places = ['--data-root', 'data', '--exec-root', 'exec', '--pidfile', 'pid'].map((part, index) =>
    index % 2 === 0 ? part : path.join(directory, part),
  );
  const child = spawn('dockerd', [...flags, ...places, '-H', `unix://${socketPath}`], {
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  const host = `unix://${socketPath}`;
  const docker = (args: readonly string[]): string => {
    const result = spawnSync('docker', args, {
      encoding: 'utf8',
      env: { ...process.env, DOCKER_HOST: host },
    });
    if (result.status !== 0) throw new Error(`docker ${args.join(' ')} failed: ${result.stderr}`);
    return result.stdout;
  };
  const stop = async () => {
    await stopChild(child);
    await rm(directory, { recursive: true, force: true, maxRetries: 3 });
  };
  try {
    const deadline = performance.now() + 60_000;
    while (!(await pinged(socketPath))) {
      if (child.exitCode !== null || performance.now() > deadline) throw new Error('dockerd did not start');
      await sleep(100);
    }
    docker(['import', await sleepRootfs(directory), benchImage]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { host, pid: child.pid ?? 0, docker, stop };
}
