import { imageDuplicateAccountIds } from '../../../src/rules/image/image-duplicate-account-ids.js';
import { accountFiles, imageRuleTester, imageView } from '../../support/image-view.js';

const withFiles = (files: Record<string, string>) =>
  imageView({ files: { accountFiles: accountFiles(files) } });
const passwd = 'root:x:0:0:root:/root:/bin/sh\ndaemon:x:1:1::/:/usr/sbin/nologin\n';
const group = 'root:x:0:\ndaemon:x:1:\n';

imageRuleTester(imageDuplicateAccountIds, {
  valid: [
    { name: 'unique users and groups', view: withFiles({ '/etc/passwd': passwd, '/etc/group': group }) },
    { name: 'no account files', view: imageView() },
  ],
  invalid: [
    {
      name: 'a second UID 0 account is a hidden root',
      view: withFiles({ '/etc/passwd': `${passwd}toor:x:0:0::/root:/bin/sh\n` }),
      errors: [
        {
          messageId: 'duplicateUid',
          filePath: '/etc/passwd',
          line: 3,
          severity: 'high',
          message: 'user toor has UID 0, already used by root on line 1',
        },
      ],
    },
    {
      name: 'duplicate non-root UID and duplicate user name',
      view: withFiles({
        '/etc/passwd': `${passwd}app:x:1000:1000::/app:/bin/sh\nweb:x:1000:1000::/web:/bin/sh\napp:x:1001:1001::/app:/bin/sh\n`,
      }),
      errors: [
        { messageId: 'duplicateUid', line: 4, severity: 'low' },
        { messageId: 'duplicateUserName', line: 5, message: 'user app is listed again (first on line 3)' },
      ],
    },
    {
      name: 'duplicate GID and group name',
      view: withFiles({ '/etc/group': `${group}staff:x:1:\ndaemon:x:2:\n` }),
      errors: [
        { messageId: 'duplicateGid', filePath: '/etc/group', line: 3 },
        { messageId: 'duplicateGroupName', filePath: '/etc/group', line: 4 },
      ],
    },
  ],
});
