import { composeRuntimeSocketMount } from '../../../src/rules/compose/compose-runtime-socket-mount.js';
import { ruleTester } from '../../support/rule-tester.js';
import { invalidForEveryVersion, lines, validForEveryVersion } from './utils/compose-versions.js';

ruleTester(composeRuntimeSocketMount, {
  valid: [
    ...validForEveryVersion({
      name: 'field omitted',
      code: lines('services:', '  app:', '    image: nginx:1.25'),
    }),
    ...validForEveryVersion({
      name: 'ordinary mounts',
      code: lines(
        'services:',
        '  app:',
        '    volumes:',
        '      - ./config:/app/config:ro',
        '      - data:/var/lib/docker',
        '      - /var/run/postgresql:/var/run/postgresql',
        '      - /var/run/docker.sock',
        '      - ./docker.sock:/tmp/docker.sock',
        'volumes:',
        '  data: {}',
      ),
    }),
    ...validForEveryVersion({
      name: 'long syntax named volume and tmpfs',
      code: lines(
        'services:',
        '  app:',
        '    volumes:',
        '      - type: volume',
        '        source: sockets',
        '        target: /var/run',
        '      - type: tmpfs',
        '        target: /run',
        'volumes:',
        '  sockets: {}',
      ),
      versions: ['3.8', 'spec'],
    }),
  ],
  invalid: [
    ...invalidForEveryVersion({
      name: 'short syntax, read-only still reported',
      code: lines(
        'services:',
        '  app:',
        '    image: traefik:3.0',
        '    volumes:',
        '      - /var/run/docker.sock:/var/run/docker.sock:ro',
        '      - ./traefik.yml:/etc/traefik/traefik.yml:ro',
        '      - /run/docker.sock:/var/run/docker.sock',
      ),
      errors: [
        { line: 5, messageId: 'socket', path: 'services.app.volumes[0]' },
        { line: 7, messageId: 'socket', path: 'services.app.volumes[2]' },
      ],
    }),
    ...invalidForEveryVersion({
      name: 'long syntax bind',
      code: lines(
        'services:',
        '  app:',
        '    volumes:',
        '      - type: bind',
        '        source: /var/run/docker.sock',
        '        target: /var/run/docker.sock',
        '        read_only: true',
      ),
      errors: [{ line: 4, messageId: 'socket', path: 'services.app.volumes[0]' }],
      versions: ['3.8', 'spec'],
    }),
    ...invalidForEveryVersion({
      name: 'containerd, CRI-O, Podman and rootless sockets',
      code: lines(
        'services:',
        '  agent:',
        '    volumes:',
        '      - /run/containerd/containerd.sock:/run/containerd/containerd.sock',
        '      - /var/run/crio/crio.sock:/var/run/crio/crio.sock',
        '      - /run/user/1000/podman/podman.sock:/var/run/docker.sock',
        '      - /run/user/1000/docker.sock:/var/run/docker.sock',
        '      - /var/run//docker.sock/:/var/run/docker.sock',
      ),
      errors: [
        { line: 4, messageId: 'socket' },
        { line: 5, messageId: 'socket' },
        { line: 6, messageId: 'socket' },
        { line: 7, messageId: 'socket' },
        { line: 8, messageId: 'socket' },
      ],
    }),
    ...invalidForEveryVersion({
      name: 'folder holding the socket',
      code: lines(
        'services:',
        '  agent:',
        '    volumes:',
        '      - /var/run:/host/var/run:ro',
        '      - /run/:/host/run',
      ),
      errors: [
        { line: 4, messageId: 'folder' },
        { line: 5, messageId: 'folder' },
      ],
    }),
    ...invalidForEveryVersion({
      name: 'runtime folders, rootless and k3s folders, as in pods',
      code: lines(
        'services:',
        '  agent:',
        '    volumes:',
        '      - /run/containerd/io.containerd.runtime.v2.task:/tasks',
        '      - /run/k3s:/run/k3s',
        '      - /run/user/1000:/run/user/1000:ro',
        '      - /run/user/1000/podman:/podman',
        '      - /run/xtables.lock:/run/xtables.lock',
      ),
      errors: [
        { line: 4, messageId: 'folder' },
        { line: 5, messageId: 'folder' },
        { line: 6, messageId: 'folder' },
        { line: 7, messageId: 'folder' },
      ],
    }),
    ...invalidForEveryVersion({
      name: 'interpolated with a socket fallback',
      code: lines(
        'services:',
        '  agent:',
        '    volumes:',
        '      - ${DOCKER_SOCK-/var/run/docker.sock}:/var/run/docker.sock',
        '      - ${DOCKER_SOCK:-/var/run/docker.sock}:/var/run/docker.sock:ro',
        '      - ${DOCKER_SOCK}:/var/run/docker.sock',
      ),
      errors: [
        { line: 4, messageId: 'socket' },
        { line: 5, messageId: 'socket' },
      ],
    }),
    ...invalidForEveryVersion({
      name: 'Windows named pipe, short and long syntax',
      code: lines(
        'services:',
        '  agent:',
        '    volumes:',
        '      - //./pipe/docker_engine://./pipe/docker_engine',
        '      - //./pipe/my_app://./pipe/my_app',
        '      - type: npipe',
        '        source: \\\\.\\pipe\\docker_engine',
        '        target: \\\\.\\pipe\\docker_engine',
      ),
      errors: [
        { line: 4, messageId: 'socket' },
        { line: 6, messageId: 'socket' },
      ],
      versions: ['3.8', 'spec'],
    }),
  ],
});
