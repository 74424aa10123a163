import { imageSecretInFile } from '../../../src/rules/image/image-secret-in-file.js';
import { imageRuleTester, imageView, layer, secretHit } from '../../support/image-view.js';

imageRuleTester(imageSecretInFile, {
  valid: [
    { name: 'no secrets', view: imageView() },
    {
      name: 'only deleted files (IM015)',
      view: imageView({ files: { secrets: [secretHit('/root/.ssh/id_rsa', { fossil: true })] } }),
    },
  ],
  invalid: [
    {
      name: 'live secrets, each with its file, line and layer',
      view: imageView({
        files: {
          secrets: [
            secretHit('/app/.env', {
              line: 3,
              kind: 'value of DB_PASSWORD',
              masked: 'hunt********',
              layer: layer(5),
            }),
            secretHit('/root/.ssh/id_rsa', { masked: 'BEGIN OPENSSH PRIVATE KEY', layer: layer(2) }),
            secretHit('/root/.npmrc', { fossil: true }),
          ],
        },
      }),
      errors: [
        {
          messageId: 'secret',
          filePath: '/app/.env',
          line: 3,
          layer: layer(5).digest,
          severity: 'high',
          message: '/app/.env line 3 holds a value of DB_PASSWORD: hunt********',
        },
        {
          messageId: 'secret',
          filePath: '/root/.ssh/id_rsa',
          line: 1,
          layer: layer(2).digest,
          message: '/root/.ssh/id_rsa line 1 holds a private key: BEGIN OPENSSH PRIVATE KEY',
        },
      ],
    },
  ],
});
