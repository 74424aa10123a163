import { imageSecretInEnv } from '../../../src/rules/image/image-secret-in-env.js';
import { imageRuleTester, imageView } from '../../support/image-view.js';
import { fake } from '../../secrets/fake-credentials.js';

const env = (...entries: string[]) => imageView({ config: { env: ['PATH=/usr/bin:/bin', ...entries] } });

imageRuleTester(imageSecretInEnv, {
  valid: [
    {
      name: 'ordinary variables',
      view: env('LANG=C.UTF-8', 'NODE_VERSION=20.11.1', 'GPG_KEY=A035C8C19219BA82'),
    },
    { name: 'names that point at a secret', view: env('DB_PASSWORD_FILE=/run/secrets/db', 'TOKEN_TTL=3600') },
    { name: 'empty and placeholder values', view: env('API_KEY=', 'DB_PASSWORD=changeme', 'TOKEN=${TOKEN}') },
    { name: 'an entry without =', view: env('JUSTANAME') },
  ],
  invalid: [
    {
      name: 'literal password under a secret name',
      view: env('DB_PASSWORD=hunter2-but-longer'),
      errors: [
        {
          messageId: 'secret',
          path: 'config.Env[1]',
          severity: 'high',
          message: 'environment variable DB_PASSWORD holds a literal secret: hunt********',
        },
      ],
    },
    {
      name: 'a recognisable token under any name',
      view: env('LANG=C', `GH=${fake.githubToken}`),
      errors: [{ messageId: 'secret', path: 'config.Env[2]', severity: 'critical' }],
    },
    {
      name: 'two secrets',
      view: env(`AWS_ACCESS_KEY_ID=${fake.awsAccessKeyId}`, 'API_KEY=k3y-value-9'),
      errors: [
        { messageId: 'secret', path: 'config.Env[1]', severity: 'critical' },
        { messageId: 'secret', path: 'config.Env[2]', severity: 'high' },
      ],
    },
  ],
});
