import { imageSshPortExposed } from '../../../src/rules/image/image-ssh-port-exposed.js';
import { imageRuleTester, imageView } from '../../support/image-view.js';

imageRuleTester(imageSshPortExposed, {
  valid: [
    { name: 'web ports', view: imageView({ config: { exposedPorts: ['80/tcp', '443/tcp', '2222/tcp'] } }) },
    { name: 'no ports', view: imageView({ config: { exposedPorts: [] } }) },
    { name: '22/udp is not SSH', view: imageView({ config: { exposedPorts: ['22/udp'] } }) },
  ],
  invalid: [
    {
      name: '22/tcp',
      view: imageView({ config: { exposedPorts: ['80/tcp', '22/tcp'] } }),
      errors: [
        {
          messageId: 'ssh',
          path: 'config.ExposedPorts["22/tcp"]',
          message: 'the image exposes 22/tcp, the SSH port',
        },
      ],
    },
    {
      name: '22 without a protocol',
      view: imageView({ config: { exposedPorts: ['22'] } }),
      errors: [{ messageId: 'ssh', path: 'config.ExposedPorts["22"]' }],
    },
  ],
});
