import { composeMissingResourceLimits } from '../../../src/rules/compose/compose-missing-resource-limits.js';
import { ruleTester } from '../../support/rule-tester.js';
import { invalidForEveryVersion, lines, validForEveryVersion } from './utils/compose-versions.js';

ruleTester(composeMissingResourceLimits, {
  valid: [
    ...validForEveryVersion({
      name: 'service-level limits',
      code: lines('services:', '  app:', '    mem_limit: 512m', '    cpus: 0.5'),
      versions: ['2.4', 'spec'],
    }),
    ...validForEveryVersion({
      name: 'deploy limits',
      code: lines(
        'services:',
        '  app:',
        '    deploy:',
        '      resources:',
        '        limits:',
        '          memory: 256M',
        "          cpus: '0.25'",
      ),
      versions: ['3.8', 'spec'],
    }),
    ...validForEveryVersion({
      name: 'memory in bytes, CPU by quota',
      code: lines('services:', '  app:', '    mem_limit: 268435456', '    cpu_quota: 50000'),
      versions: ['2.4', 'spec'],
    }),
  ],
  invalid: [
    ...invalidForEveryVersion({
      name: 'both omitted point at the service',
      code: lines('services:', '  app:', '    image: nginx:1.25'),
      errors: [
        { line: 2, messageId: 'memory', path: 'services.app.mem_limit' },
        { line: 2, messageId: 'cpu', path: 'services.app.cpus' },
      ],
    }),
    ...invalidForEveryVersion({
      name: 'memory only, and a zero limit means none',
      code: lines('services:', '  a:', '    mem_limit: 1g', '  b:', '    mem_limit: 0', '    cpus: 1.5'),
      errors: [
        { line: 2, messageId: 'cpu', path: 'services.a.cpus' },
        { line: 5, messageId: 'memory', path: 'services.b.mem_limit' },
      ],
      versions: ['2.4', 'spec'],
    }),
    ...invalidForEveryVersion({
      name: 'deploy limits without cpus, reservations are not limits',
      code: lines(
        'services:',
        '  app:',
        '    deploy:',
        '      resources:',
        '        limits:',
        '          memory: 256M',
        '        reservations:',
        "          cpus: '0.25'",
      ),
      errors: [{ line: 5, messageId: 'cpu', path: 'services.app.deploy.resources.limits.cpus' }],
      versions: ['3.8', 'spec'],
    }),
    ...invalidForEveryVersion({
      name: 'deploy without resources',
      code: lines('services:', '  app:', '    deploy:', '      replicas: 2'),
      errors: [
        { line: 3, messageId: 'memory', path: 'services.app.deploy.resources.limits.memory' },
        { line: 3, messageId: 'cpu', path: 'services.app.deploy.resources.limits.cpus' },
      ],
      versions: ['3.8', 'spec'],
    }),
  ],
});
