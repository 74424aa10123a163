import { imageSetuidFile } from '../../../src/rules/image/image-setuid-file.js';
import { fileEntry, imageRuleTester, imageView, layer } from '../../support/image-view.js';

imageRuleTester(imageSetuidFile, {
  valid: [
    { name: 'no setuid files', view: imageView() },
    {
      name: 'a setuid file removed by a later layer',
      view: imageView({
        files: { setuidFiles: [fileEntry('/usr/bin/passwd', { mode: 0o4755, fossil: true })] },
      }),
    },
  ],
  invalid: [
    {
      name: 'setuid and setgid files, one finding each',
      view: imageView({
        files: {
          setuidFiles: [
            fileEntry('/usr/bin/chage', { mode: 0o2755, gid: 42, layer: layer(0) }),
            fileEntry('/usr/bin/passwd', { mode: 0o4755, layer: layer(0) }),
            fileEntry('/usr/local/bin/tool', { mode: 0o6755, uid: 0, layer: layer(3) }),
          ],
        },
      }),
      errors: [
        {
          messageId: 'setgid',
          filePath: '/usr/bin/chage',
          severity: 'info',
          message: '/usr/bin/chage is setgid (mode 2755, group GID 42)',
        },
        {
          messageId: 'setuid',
          filePath: '/usr/bin/passwd',
          layer: layer(0).digest,
          severity: 'low',
          message: '/usr/bin/passwd is setuid (mode 4755, owner UID 0)',
        },
        { messageId: 'setuid', filePath: '/usr/local/bin/tool', layer: layer(3).digest },
      ],
    },
  ],
});
