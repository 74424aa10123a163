import { imageAddRemoteUrl } from '../../../src/rules/image/image-add-remote-url.js';
import { imageRuleTester, imageView, layer } from '../../support/image-view.js';

const history = (...steps: string[]) => imageView({ history: steps });

imageRuleTester(imageAddRemoteUrl, {
  valid: [
    {
      name: 'local ADD and COPY',
      view: history(
        '/bin/sh -c #(nop) ADD file:4b03b5f551e3fbdf in / ',
        'COPY . /app # buildkit',
        'ADD app.tar.gz /opt/ # buildkit',
      ),
    },
    {
      name: 'ADD with a checksum',
      view: history(
        'ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/app.tar.gz /opt/ # buildkit',
      ),
    },
    {
      name: 'a URL in a RUN is not an ADD',
      view: history('RUN /bin/sh -c curl -fsSLo /x https://example.com/x # buildkit'),
    },
  ],
  invalid: [
    {
      name: 'BuildKit ADD of a URL',
      view: history(
        '/bin/sh -c #(nop) ADD file:abc in / ',
        'ADD https://example.com/app.tar.gz /opt/ # buildkit',
      ),
      errors: [
        {
          messageId: 'unverified',
          path: 'history[1].created_by',
          layer: layer(1).digest,
          message:
            'ADD downloaded https://example.com/app.tar.gz without --checksum, so its content was not verified',
        },
      ],
    },
    {
      name: 'classic builder ADD of a URL',
      view: history('/bin/sh -c #(nop)  ADD --chown=app http://example.com/tool /usr/local/bin/tool'),
      errors: [{ messageId: 'unverified', path: 'history[0].created_by' }],
    },
  ],
});
