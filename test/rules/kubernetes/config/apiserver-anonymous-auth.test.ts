import { apiserverAnonymousAuth } from '../../../../src/rules/kubernetes/config/apiserver-anonymous-auth.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { commandLine, flagLine, staticPod } from './manifests.js';

/** A pod that relies on the image entrypoint and passes flags in args (no binary in the command line). */
const argsOnly = (args: string) =>
  `apiVersion: v1
kind: Pod
metadata:
  name: apiserver
spec:
  containers:
  - name: apiserver
    image: registry.k8s.io/kube-apiserver:v1.30.2@sha256:0000000000000000000000000000000000000000000000000000000000000000
    args:
${args}
`;

/** A pod that starts the API server from a shell script. */
const shellScript = (script: string) =>
  `apiVersion: v1
kind: Pod
metadata:
  name: apiserver
spec:
  containers:
  - name: apiserver
    image: example.com/control-plane:1
    command: ["/bin/sh", "-c"]
    args:
    - ${JSON.stringify(script)}
`;

ruleTester(apiserverAnonymousAuth, {
  valid: [
    { name: 'anonymous auth off', code: staticPod('kube-apiserver', ['--anonymous-auth=false']) },
    {
      name: 'structured authentication config decides',
      code: staticPod('kube-apiserver', ['--authentication-config=/etc/kubernetes/authn.yaml']),
    },
    { name: 'not an API server', code: staticPod('kube-scheduler', []) },
    { name: 'args after the image entrypoint', code: argsOnly('    - --anonymous-auth=false') },
    { name: 'started from a shell script', code: shellScript('exec kube-apiserver --anonymous-auth=false') },
  ],
  invalid: [
    {
      name: 'flag omitted: the default is true',
      code: staticPod('kube-apiserver', ['--secure-port=6443']),
      errors: [{ line: commandLine, messageId: 'omitted', path: 'spec.containers[0].command' }],
    },
    {
      name: 'explicitly true',
      code: staticPod('kube-apiserver', ['--secure-port=6443', '--anonymous-auth=true']),
      errors: [{ line: flagLine(1), messageId: 'enabled', path: 'spec.containers[0].command[2]' }],
    },
    {
      name: 'a space-separated false is a stray word; the flag stays true',
      code: staticPod('kube-apiserver', ['--anonymous-auth', 'false']),
      errors: [{ line: flagLine(0), messageId: 'enabled' }],
    },
    {
      name: 'args after the image entrypoint, flag omitted: reported on the args list',
      code: argsOnly('    - --secure-port=6443'),
      errors: [{ line: 9, messageId: 'omitted', path: 'spec.containers[0].args' }],
    },
    {
      name: 'started from a shell script: reported on the script item',
      code: shellScript('exec kube-apiserver --secure-port=6443 --anonymous-auth=true'),
      errors: [{ line: 11, messageId: 'enabled', path: 'spec.containers[0].args[0]' }],
    },
  ],
});
