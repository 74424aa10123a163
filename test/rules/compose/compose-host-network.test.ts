import { composeHostNetwork } from '../../../src/rules/compose/compose-host-network.js';
import { ruleTester } from '../../support/rule-tester.js';
import { invalidForEveryVersion, lines, validForEveryVersion } from './utils/compose-versions.js';

ruleTester(composeHostNetwork, {
  valid: [
    ...validForEveryVersion({
      name: 'field omitted',
      code: lines('services:', '  app:', '    image: nginx:1.25'),
    }),
    ...validForEveryVersion({
      name: 'bridge',
      code: lines('services:', '  app:', '    network_mode: bridge'),
    }),
    ...validForEveryVersion({ name: 'none', code: lines('services:', '  app:', '    network_mode: none') }),
    ...validForEveryVersion({
      name: 'sidecar sharing another service network',
      code: lines('services:', '  vpn:', '    image: vpn:1', '  app:', '    network_mode: "service:vpn"'),
    }),
    ...validForEveryVersion({
      name: 'sharing a container network',
      code: lines('services:', '  app:', '    network_mode: container:abc123'),
    }),
  ],
  invalid: [
    ...invalidForEveryVersion({
      name: 'network_mode host',
      code: lines('services:', '  app:', '    image: nginx:1.25', '    network_mode: host'),
      errors: [{ line: 4, messageId: 'hostNetwork', path: 'services.app.network_mode' }],
    }),
    ...invalidForEveryVersion({
      name: 'quoted, flow mapping',
      code: lines('services:', '  app: {image: nginx, network_mode: "host"}'),
      errors: [{ line: 2, messageId: 'hostNetwork' }],
    }),
  ],
});
