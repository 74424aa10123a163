import { imageHealthcheckMissing } from '../../../src/rules/image/image-healthcheck-missing.js';
import { imageRuleTester, imageView } from '../../support/image-view.js';

imageRuleTester(imageHealthcheckMissing, {
  valid: [
    { name: 'CMD health check', view: imageView({ config: { healthcheck: ['CMD', '/app/healthcheck'] } }) },
    {
      name: 'CMD-SHELL health check',
      view: imageView({ config: { healthcheck: ['CMD-SHELL', 'curl -f http://localhost/ || exit 1'] } }),
    },
  ],
  invalid: [
    {
      name: 'no health check',
      view: imageView({ config: { healthcheck: undefined } }),
      errors: [{ messageId: 'missing', path: 'config.Healthcheck' }],
    },
    {
      name: 'empty test inherits nothing',
      view: imageView({ config: { healthcheck: [] } }),
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'HEALTHCHECK NONE',
      view: imageView({ config: { healthcheck: ['NONE'] } }),
      errors: [{ messageId: 'disabled', path: 'config.Healthcheck.Test', severity: 'low' }],
    },
  ],
});
