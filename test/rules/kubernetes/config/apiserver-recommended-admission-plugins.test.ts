import { apiserverRecommendedAdmissionPlugins } from '../../../../src/rules/kubernetes/config/apiserver-recommended-admission-plugins.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { commandLine, flagLine, staticPod } from './manifests.js';

ruleTester(apiserverRecommendedAdmissionPlugins, {
  valid: [
    {
      name: 'all three enabled',
      code: staticPod('kube-apiserver', [
        '--enable-admission-plugins=NodeRestriction,DenyServiceExternalIPs,EventRateLimit,AlwaysPullImages',
      ]),
    },
    { name: 'not an API server', code: staticPod('kube-scheduler', ['--leader-elect=true']) },
  ],
  invalid: [
    {
      name: 'enable flag omitted',
      code: staticPod('kube-apiserver', ['--secure-port=6443']),
      errors: [
        { line: commandLine, messageId: 'noPluginFlag', path: 'spec.containers[0].command' },
        { line: commandLine, messageId: 'noPluginFlag', path: 'spec.containers[0].command' },
        { line: commandLine, messageId: 'noPluginFlag', path: 'spec.containers[0].command' },
      ],
    },
    {
      name: 'one missing',
      code: staticPod('kube-apiserver', ['--enable-admission-plugins=DenyServiceExternalIPs,EventRateLimit']),
      errors: [{ line: flagLine(0), messageId: 'notEnabled', path: 'spec.containers[0].command[1]' }],
    },
  ],
});
