import { composeUnconfinedSecurityProfile } from '../../../src/rules/compose/compose-unconfined-security-profile.js';
import { ruleTester } from '../../support/rule-tester.js';
import { invalidForEveryVersion, lines, validForEveryVersion } from './utils/compose-versions.js';

ruleTester(composeUnconfinedSecurityProfile, {
  valid: [
    ...validForEveryVersion({
      name: 'field omitted',
      code: lines('services:', '  app:', '    image: nginx:1.25'),
    }),
    ...validForEveryVersion({
      name: 'custom profiles and hardening options',
      code: lines(
        'services:',
        '  app:',
        '    security_opt:',
        '      - seccomp:./seccomp/app.json',
        '      - apparmor=docker-default',
        '      - label:type:container_t',
        '      - label=level:s0:c100,c200',
        '      - no-new-privileges:true',
      ),
    }),
  ],
  invalid: [
    ...invalidForEveryVersion({
      name: 'colon and equals forms, any case',
      code: lines(
        'services:',
        '  app:',
        '    image: nginx:1.25',
        '    security_opt:',
        '      - seccomp:unconfined',
        '      - seccomp=unconfined',
        '      - apparmor:unconfined',
        '      - AppArmor=Unconfined',
        '      - label:disable',
        '      - label=disable',
        '      - systempaths=unconfined',
        '      - label:type:spc_t',
      ),
      errors: [
        { line: 5, messageId: 'seccomp', path: 'services.app.security_opt[0]' },
        { line: 6, messageId: 'seccomp', path: 'services.app.security_opt[1]' },
        { line: 7, messageId: 'apparmor', path: 'services.app.security_opt[2]' },
        { line: 8, messageId: 'apparmor', path: 'services.app.security_opt[3]' },
        { line: 9, messageId: 'selinux', path: 'services.app.security_opt[4]' },
        { line: 10, messageId: 'selinux', path: 'services.app.security_opt[5]' },
        { line: 11, messageId: 'systempaths', path: 'services.app.security_opt[6]' },
        { line: 12, messageId: 'selinux', path: 'services.app.security_opt[7]' },
      ],
    }),
    ...invalidForEveryVersion({
      name: 'flow list',
      code: lines(
        'services:',
        '  app:',
        '    security_opt: ["no-new-privileges:true", "seccomp:unconfined"]',
      ),
      errors: [{ line: 3, messageId: 'seccomp', path: 'services.app.security_opt[1]' }],
    }),
  ],
});
