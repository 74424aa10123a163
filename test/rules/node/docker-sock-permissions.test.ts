import { dockerSockPermissions } from '../../../src/rules/node/docker-sock-permissions.js';
import { nodeFile, nodeRuleTester, nodeView } from './node-utils/node-view.js';

const path = '/var/run/docker.sock';

nodeRuleTester(dockerSockPermissions, {
  valid: [
    {
      name: '0660 and owned by root',
      view: nodeView({ files: [nodeFile(path, 'docker-socket', { mode: 0o660, type: 'socket' })] }),
    },
    {
      name: 'stricter than 0660',
      view: nodeView({ files: [nodeFile(path, 'docker-socket', { mode: 0o400, type: 'socket' })] }),
    },
    {
      name: 'owned by root and the docker group',
      view: nodeView({ files: [nodeFile(path, 'docker-socket', { mode: 0o660, gid: 998, type: 'socket' })] }),
    },
    { name: 'the file is not on the node', view: nodeView() },
    {
      name: 'an open file of another role is not judged here',
      view: nodeView({ files: [nodeFile('/elsewhere', 'docker-default', { mode: 0o777, uid: 1000 })] }),
    },
  ],
  invalid: [
    {
      name: 'writable by group and others, owned by a user',
      view: nodeView({
        files: [nodeFile(path, 'docker-socket', { mode: 0o666, uid: 1000, gid: 1000, type: 'socket' })],
      }),
      errors: [
        {
          messageId: 'mode',
          file: path,
          path: 'mode',
          message: `${path} has mode 0666; 0660 or stricter is expected`,
        },
        {
          messageId: 'owner',
          file: path,
          path: 'owner',
          message: `${path} is owned by uid 1000, gid 1000; root:docker is expected`,
        },
      ],
    },
    {
      name: 'a setuid bit is beyond the allowed mode',
      view: nodeView({ files: [nodeFile(path, 'docker-socket', { mode: 0o4660, type: 'socket' })] }),
      errors: [{ messageId: 'mode', file: path, path: 'mode' }],
    },
    {
      name: 'reached through a symlink, the finding names the path asked for',
      view: nodeView({
        files: [
          nodeFile(path, 'docker-socket', {
            realPath: '/srv/real',
            uid: 0,
            gid: 50,
            mode: 0o660,
            type: 'socket',
          }),
        ],
      }),
      errors: [
        {
          messageId: 'owner',
          file: path,
          path: 'owner',
          message: `${path} (-> /srv/real) is owned by uid 0, gid 50; root:docker is expected`,
        },
      ],
    },
  ],
});
