import { imageGitDirectory } from '../../../src/rules/image/image-git-directory.js';
import { fileEntry, imageRuleTester, imageView, layer } from '../../support/image-view.js';

const git = (path: string, fossil = false) =>
  fileEntry(path, { type: 'directory', mode: 0o755, fossil, layer: layer(3) });

imageRuleTester(imageGitDirectory, {
  valid: [{ name: 'no Git folders', view: imageView() }],
  invalid: [
    {
      name: 'a shipped repository',
      view: imageView({ files: { gitDirectories: [git('/app/.git')] } }),
      errors: [
        {
          messageId: 'repository',
          filePath: '/app/.git',
          layer: layer(3).digest,
          severity: 'medium',
          message: '/app/.git ships a Git repository',
        },
      ],
    },
    {
      name: 'a repository removed later still ships',
      view: imageView({ files: { gitDirectories: [git('/src/.git', true)] } }),
      errors: [{ messageId: 'removedLater', filePath: '/src/.git' }],
    },
  ],
});
