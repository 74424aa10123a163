import { imageWorldWritablePath } from '../../../src/rules/image/image-world-writable-path.js';
import { fileEntry, imageRuleTester, imageView, layer } from '../../support/image-view.js';

const folder = (path: string, mode: number) => fileEntry(path, { type: 'directory', mode, size: 0 });

imageRuleTester(imageWorldWritablePath, {
  valid: [
    {
      name: 'sticky /tmp and /var/tmp',
      view: imageView({ files: { worldWritable: [folder('/tmp', 0o1777), folder('/var/tmp', 0o1777)] } }),
    },
    {
      name: 'symbolic links are always 0777',
      view: imageView({
        files: { worldWritable: [fileEntry('/usr/bin/python', { type: 'symlink', mode: 0o777 })] },
      }),
    },
    {
      name: 'a world-writable file a later layer replaced',
      view: imageView({
        files: { worldWritable: [fileEntry('/app/run.sh', { mode: 0o777, fossil: true })] },
      }),
    },
  ],
  invalid: [
    {
      name: 'a world-writable file',
      view: imageView({
        files: { worldWritable: [fileEntry('/app/run.sh', { mode: 0o777, layer: layer(4) })] },
      }),
      errors: [
        {
          messageId: 'file',
          filePath: '/app/run.sh',
          layer: layer(4).digest,
          message: '/app/run.sh is writable by every user (mode 0777)',
        },
      ],
    },
    {
      name: 'a /tmp that lost its sticky bit',
      view: imageView({ files: { worldWritable: [folder('/tmp', 0o777)] } }),
      errors: [
        {
          messageId: 'folder',
          filePath: '/tmp',
          message: 'folder /tmp is writable by every user and not sticky (mode 0777)',
        },
      ],
    },
    {
      name: 'chmod -R 777 folds into the top folder',
      view: imageView({
        files: {
          worldWritable: [
            folder('/app', 0o777),
            folder('/app/data', 0o777),
            fileEntry('/app/data/db.sqlite', { mode: 0o666 }),
            fileEntry('/app/server.js', { mode: 0o777 }),
            fileEntry('/app-config.json', { mode: 0o666 }),
          ],
        },
      }),
      errors: [
        {
          messageId: 'folderWithContent',
          filePath: '/app',
          message:
            'folder /app is writable by every user and not sticky (mode 0777), and so are 3 paths under it',
        },
        { messageId: 'file', filePath: '/app-config.json' },
      ],
    },
  ],
});
