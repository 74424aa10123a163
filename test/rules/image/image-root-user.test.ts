import { imageRootUser } from '../../../src/rules/image/image-root-user.js';
import { accountFiles, imageRuleTester, imageView } from '../../support/image-view.js';

const passwd = 'root:x:0:0:root:/root:/bin/sh\ntoor:x:0:0::/root:/bin/sh\napp:x:10001:10001::/app:/bin/sh\n';

imageRuleTester(imageRootUser, {
  valid: [
    { name: 'numeric non-root UID', view: imageView({ config: { user: '10001' } }) },
    { name: 'numeric UID and GID', view: imageView({ config: { user: '10001:10001' } }) },
    { name: 'named non-root user', view: imageView({ config: { user: 'app' } }) },
    {
      name: 'named user that /etc/passwd maps to a non-zero UID',
      view: imageView({
        config: { user: 'app' },
        files: { accountFiles: accountFiles({ '/etc/passwd': passwd }) },
      }),
    },
    { name: 'numeric UID 0 in the group only', view: imageView({ config: { user: '1000:0' } }) },
  ],
  invalid: [
    {
      name: 'no user at all',
      view: imageView({ config: { user: undefined } }),
      errors: [{ messageId: 'noUser', path: 'config.User' }],
    },
    { name: 'empty user', view: imageView({ config: { user: '' } }), errors: [{ messageId: 'noUser' }] },
    {
      name: 'root',
      view: imageView({ config: { user: 'root' } }),
      errors: [
        { messageId: 'rootUser', path: 'config.User', message: 'the image runs as root, which is root' },
      ],
    },
    { name: 'UID 0', view: imageView({ config: { user: '0' } }), errors: [{ messageId: 'rootUser' }] },
    {
      name: 'UID 0 and GID 0',
      view: imageView({ config: { user: '0:0' } }),
      errors: [{ messageId: 'rootUser' }],
    },
    {
      name: 'root:root',
      view: imageView({ config: { user: 'root:root' } }),
      errors: [{ messageId: 'rootUser' }],
    },
    {
      name: 'a named user with UID 0',
      view: imageView({
        config: { user: 'toor' },
        files: { accountFiles: accountFiles({ '/etc/passwd': passwd }) },
      }),
      errors: [{ messageId: 'rootAlias', path: 'config.User', severity: 'high' }],
    },
  ],
});
