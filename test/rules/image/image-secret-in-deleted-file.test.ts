import { imageSecretInDeletedFile } from '../../../src/rules/image/image-secret-in-deleted-file.js';
import { imageRuleTester, imageView, layer, secretHit } from '../../support/image-view.js';

imageRuleTester(imageSecretInDeletedFile, {
  valid: [
    { name: 'no secrets', view: imageView() },
    {
      name: 'only live files (IM014)',
      view: imageView({ files: { secrets: [secretHit('/root/.ssh/id_rsa')] } }),
    },
  ],
  invalid: [
    {
      name: 'a key deleted by a later layer still ships',
      view: imageView({
        files: {
          secrets: [
            secretHit('/root/.ssh/id_rsa', {
              fossil: true,
              layer: layer(2, 'COPY id_rsa /root/.ssh/id_rsa # buildkit'),
            }),
          ],
        },
      }),
      errors: [
        {
          messageId: 'fossil',
          filePath: '/root/.ssh/id_rsa',
          line: 1,
          layer: layer(2).digest,
          severity: 'high',
          message: `/root/.ssh/id_rsa line 1 holds a private key (BEGIN PRIVATE KEY); the file was deleted or replaced in a later layer but still ships in layer ${layer(2).digest}`,
        },
      ],
    },
  ],
});
