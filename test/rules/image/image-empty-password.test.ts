import { imageEmptyPassword } from '../../../src/rules/image/image-empty-password.js';
import { accountFiles, imageRuleTester, imageView, layer } from '../../support/image-view.js';

const withFiles = (files: Record<string, string>) =>
  imageView({ files: { accountFiles: accountFiles(files) } });

imageRuleTester(imageEmptyPassword, {
  valid: [
    {
      name: 'locked and hashed passwords',
      view: withFiles({
        '/etc/shadow':
          'root:*:19000:0:99999:7:::\ndaemon:!:19000::::::\nbin:!!:19000::::::\napp:$6$salt$hash:19000::::::\n',
        '/etc/passwd': 'root:x:0:0:root:/root:/bin/sh\napp:x:10001:10001::/app:/bin/sh\n',
      }),
    },
    { name: 'no account files (distroless)', view: imageView() },
    {
      name: 'comments and blank lines',
      view: withFiles({ '/etc/shadow': '# comment\n\nroot:*:19000::::::\n' }),
    },
  ],
  invalid: [
    {
      name: 'empty password in /etc/shadow',
      view: withFiles({ '/etc/shadow': 'root:*:19000:0:99999:7:::\nguest::19000:0:99999:7:::\n' }),
      errors: [
        {
          messageId: 'emptyShadow',
          filePath: '/etc/shadow',
          line: 2,
          layer: layer(0).digest,
          message: 'account guest has an empty password in /etc/shadow',
        },
      ],
    },
    {
      name: 'empty password field in /etc/passwd',
      view: withFiles({ '/etc/passwd': 'root:x:0:0:root:/root:/bin/sh\nops::0:0::/root:/bin/sh\n' }),
      errors: [{ messageId: 'emptyPasswd', filePath: '/etc/passwd', line: 2 }],
    },
  ],
});
