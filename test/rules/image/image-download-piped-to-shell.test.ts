import { imageDownloadPipedToShell } from '../../../src/rules/image/image-download-piped-to-shell.js';
import { imageRuleTester, imageView, layer } from '../../support/image-view.js';

const history = (...steps: string[]) => imageView({ history: steps });

imageRuleTester(imageDownloadPipedToShell, {
  valid: [
    {
      name: 'download, verify, then run',
      view: history(
        '/bin/sh -c curl -fsSLo install.sh https://example.com/install.sh && sha256sum -c install.sha256 && sh install.sh',
      ),
    },
    {
      name: 'download piped into tar',
      view: history('RUN /bin/sh -c curl -fsSL https://example.com/x.tgz | tar -xz # buildkit'),
    },
    {
      name: 'a shell reading a file, not stdin',
      view: history('/bin/sh -c wget -q https://example.com/x && bash x'),
    },
    { name: 'not a RUN step', view: history('LABEL usage="curl https://example.com/x | sh"') },
  ],
  invalid: [
    {
      name: 'classic builder: curl | sh',
      view: history(
        '/bin/sh -c #(nop) ADD file:abc in / ',
        '/bin/sh -c curl -fsSL https://get.example.com | sh',
      ),
      errors: [
        {
          messageId: 'piped',
          path: 'history[1].created_by',
          layer: layer(1).digest,
          message: 'a RUN step ran curl output through sh unverified',
        },
      ],
    },
    {
      name: 'BuildKit: wget -O- | bash -s',
      view: history('RUN /bin/sh -c wget -qO- https://get.example.com | bash -s -- --yes # buildkit'),
      errors: [{ messageId: 'piped', path: 'history[0].created_by' }],
    },
    {
      name: 'BuildKit RUN flags before the shell',
      view: history(
        'RUN --mount=type=cache,target=/root/.cache /bin/sh -c curl -fsSL https://get.example.com | sh # buildkit',
      ),
      errors: [{ messageId: 'piped' }],
    },
    {
      name: 'with pipefail from SHELL',
      view: history('RUN /bin/bash -o pipefail -c curl -fsSL https://get.example.com | bash # buildkit'),
      errors: [{ messageId: 'piped' }],
    },
    {
      name: 'sh -c "$(curl …)"',
      view: history('RUN /bin/sh -c sh -c "$(curl -fsSL https://get.example.com)" # buildkit'),
      errors: [{ messageId: 'piped', message: 'a RUN step ran curl output through the shell unverified' }],
    },
    {
      name: 'with build arguments in front',
      view: history('|1 VERSION=2 /bin/sh -c curl -fsSL https://get.example.com | python3 -'),
      errors: [{ messageId: 'piped', message: 'a RUN step ran curl output through python3 unverified' }],
    },
  ],
});
