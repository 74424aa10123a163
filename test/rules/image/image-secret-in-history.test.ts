import { imageSecretInHistory } from '../../../src/rules/image/image-secret-in-history.js';
import { imageRuleTester, imageView, layer } from '../../support/image-view.js';
import { fake } from '../../secrets/fake-credentials.js';

const history = (...steps: string[]) =>
  imageView({ history: ['/bin/sh -c #(nop) ADD file:abc in / ', ...steps] });

imageRuleTester(imageSecretInHistory, {
  valid: [
    {
      name: 'ordinary classic and BuildKit steps',
      view: history(
        '/bin/sh -c apt-get update && apt-get install -y curl',
        '|1 VERSION=1.2.3 /bin/sh -c make install',
        'RUN |1 VERSION=1.2.3 /bin/sh -c make # buildkit',
        'ARG VERSION=1.2.3',
        'ENV NODE_VERSION=20.11.1',
      ),
    },
    { name: 'ARG without a default', view: history('ARG NPM_TOKEN', '/bin/sh -c #(nop)  ARG GITHUB_TOKEN') },
    {
      name: 'a secret build argument used through a secret mount',
      view: history('RUN --mount=type=secret,id=npm /bin/sh -c npm ci # buildkit'),
    },
    {
      name: 'ENV still in the configuration belongs to IM003',
      view: imageView({
        config: { env: ['DB_PASSWORD=hunter2-but-longer'] },
        history: ['ENV DB_PASSWORD=hunter2-but-longer'],
      }),
    },
    { name: 'a reference in a build argument', view: history('|1 NPM_TOKEN=$NPM_TOKEN /bin/sh -c npm ci') },
  ],
  invalid: [
    {
      name: 'classic builder: --build-arg value in front of RUN',
      view: history('|2 NPM_TOKEN=s3cr3t-npm-value VERSION=1 /bin/sh -c npm ci'),
      errors: [
        {
          messageId: 'buildArg',
          path: 'history[1].created_by',
          layer: layer(1).digest,
          severity: 'high',
          message:
            'build argument NPM_TOKEN passed a literal secret to a RUN, recorded in the history: s3cr********',
        },
      ],
    },
    {
      name: 'BuildKit: a token passed as build argument',
      view: history(`RUN |1 GH=${fake.githubToken} /bin/sh -c make # buildkit`),
      errors: [{ messageId: 'buildArg', path: 'history[1].created_by', severity: 'critical' }],
    },
    {
      name: 'ARG default (BuildKit and classic)',
      view: history('ARG API_KEY=k3y-value-9', '/bin/sh -c #(nop)  ARG DB_PASSWORD=hunter2-but-longer'),
      errors: [
        { messageId: 'argDefault', path: 'history[1].created_by' },
        { messageId: 'argDefault', path: 'history[2].created_by' },
      ],
    },
    {
      name: 'ENV overridden later survives in the history',
      view: imageView({
        config: { env: ['DB_PASSWORD='] },
        history: ['ENV DB_PASSWORD=hunter2-but-longer', 'ENV DB_PASSWORD='],
      }),
      errors: [{ messageId: 'overriddenEnv', path: 'history[0].created_by' }],
    },
    {
      name: 'token on a RUN command line',
      view: history(`/bin/sh -c curl -H "Authorization: token ${fake.githubToken}" https://api.github.com/x`),
      errors: [{ messageId: 'command', path: 'history[1].created_by', severity: 'critical' }],
    },
    {
      name: 'assignment on a RUN command line',
      view: history('RUN /bin/sh -c DB_PASSWORD=hunter2-but-longer ./migrate # buildkit'),
      errors: [{ messageId: 'command', severity: 'high' }],
    },
  ],
});
