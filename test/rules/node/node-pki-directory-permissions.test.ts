import { nodePkiDirectoryPermissions } from '../../../src/rules/node/node-pki-directory-permissions.js';
import { nodeFile, nodeRuleTester, nodeView } from './node-utils/node-view.js';

const path = '/etc/kubernetes/pki';

nodeRuleTester(nodePkiDirectoryPermissions, {
  valid: [
    {
      name: '0755 and owned by root',
      view: nodeView({
        files: [nodeFile(path, 'kubernetes-pki-directory', { mode: 0o755, type: 'directory' })],
      }),
    },
    {
      name: 'stricter than 0755',
      view: nodeView({
        files: [nodeFile(path, 'kubernetes-pki-directory', { mode: 0o400, type: 'directory' })],
      }),
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
        files: [
          nodeFile(path, 'kubernetes-pki-directory', {
            mode: 0o777,
            uid: 1000,
            gid: 1000,
            type: 'directory',
          }),
        ],
      }),
      errors: [
        {
          messageId: 'mode',
          file: path,
          path: 'mode',
          message: `${path} has mode 0777; 0755 or stricter is expected`,
        },
        {
          messageId: 'owner',
          file: path,
          path: 'owner',
          message: `${path} is owned by uid 1000, gid 1000; root:root is expected`,
        },
      ],
    },
    {
      name: 'a setuid bit is beyond the allowed mode',
      view: nodeView({
        files: [nodeFile(path, 'kubernetes-pki-directory', { mode: 0o4755, type: 'directory' })],
      }),
      errors: [{ messageId: 'mode', file: path, path: 'mode' }],
    },
    {
      name: 'reached through a symlink, the finding names the path asked for',
      view: nodeView({
        files: [
          nodeFile(path, 'kubernetes-pki-directory', {
            realPath: '/srv/real',
            uid: 0,
            gid: 50,
            mode: 0o755,
            type: 'directory',
          }),
        ],
      }),
      errors: [
        {
          messageId: 'owner',
          file: path,
          path: 'owner',
          message: `${path} (-> /srv/real) is owned by uid 0, gid 50; root:root is expected`,
        },
      ],
    },
  ],
});
