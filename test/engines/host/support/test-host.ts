// A private dockerd with the Debian root file system imported as an image, and the containers the host tests judge.
import { debianImage, debianTools, run } from '../../../support/real-images.js';
import type { RunningDockerd } from '../../../support/services.js';
import { dockerdTools, importRootfs, startDockerd } from '../../../support/services.js';

export const hostTools = [...debianTools, ...dockerdTools, 'docker'] as const;
export const rootfsImage = 'local/rootfs:1';

export interface TestHost {
  dockerd: RunningDockerd;
  /** Runs the docker CLI against this daemon. */
  docker(args: readonly string[]): Promise<string>;
  /** Removes every container, then stops dockerd by PID. */
  stop(): Promise<void>;
}

export async function startTestHost(): Promise<TestHost> {
  const debian = await debianImage();
  const dockerd = await startDockerd({ loadDebian: false });
  const docker = (args: readonly string[]) => run('docker', args, { env: { DOCKER_HOST: dockerd.host } });
  try {
    await importRootfs(dockerd.socketPath, debian.rootfsTar, 'local/rootfs', '1');
  } catch (error) {
    await dockerd.stop();
    throw error;
  }
  return {
    dockerd,
    docker,
    async stop() {
      try {
        const ids = (await docker(['ps', '--all', '--quiet'])).split('\n').filter((id) => id !== '');
        if (ids.length > 0) await docker(['rm', '--force', '--volumes', ...ids]);
      } finally {
        await dockerd.stop();
      }
    },
  };
}

const sleeping = [rootfsImage, 'sleep', 'infinity'];

/**
 * Three containers CIS Docker §5 tells apart: one running with every classic escape route open (SYS_ADMIN, the
 * host PID namespace, the Docker socket and a writable /etc), one locked down, and one privileged container that
 * is only created (a privileged container cannot start on this machine).
 */
export async function createJudgedContainers(host: TestHost): Promise<void> {
  const insecure = 'run --detach --network none --name insecure --cap-add SYS_ADMIN --pid host'.split(' ');
  const mounts = [
    '--volume',
    `${host.dockerd.socketPath}:/var/run/docker.sock`,
    '--volume',
    '/etc:/host/etc',
  ];
  await host.docker([...insecure, ...mounts, ...sleeping]);
  const hardened = [
    'run --detach --network none --name hardened --read-only --security-opt no-new-privileges',
    '--cap-drop ALL --user 10001:10001 --memory 64m --pids-limit 64 --cpu-shares 512',
    '--restart on-failure:3 --health-cmd true',
  ];
  await host.docker([...hardened.join(' ').split(' '), ...sleeping]);
  await host.docker(['create', ...'--network none --name priv --privileged'.split(' '), ...sleeping]);
}
