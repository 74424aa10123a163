import { rotateKubeletServerCertificateDisabled } from '../../../../src/rules/kubernetes/config/rotate-kubelet-server-certificate-disabled.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { flagLine, kubeletConfig, staticPod } from './manifests.js';

ruleTester(rotateKubeletServerCertificateDisabled, {
  valid: [
    {
      name: 'gate omitted (on by default)',
      code: staticPod('kube-controller-manager', ['--leader-elect=true']),
    },
    {
      name: 'gate true',
      code: staticPod('kube-controller-manager', ['--feature-gates=RotateKubeletServerCertificate=true']),
    },
    { name: 'kubelet without feature gates', code: kubeletConfig('rotateCertificates: true') },
    {
      name: 'kubelet gate true',
      code: kubeletConfig('featureGates:\n  RotateKubeletServerCertificate: true'),
    },
  ],
  invalid: [
    {
      name: 'controller manager gate false among others',
      code: staticPod('kube-controller-manager', [
        '--feature-gates=SomeGate=true,RotateKubeletServerCertificate=false',
      ]),
      errors: [{ line: flagLine(0), messageId: 'flagOff', path: 'spec.containers[0].command[1]' }],
    },
    {
      name: 'kubelet gate false',
      code: kubeletConfig('featureGates:\n  RotateKubeletServerCertificate: false'),
      errors: [{ line: 4, messageId: 'configOff', path: 'featureGates.RotateKubeletServerCertificate' }],
    },
  ],
});
