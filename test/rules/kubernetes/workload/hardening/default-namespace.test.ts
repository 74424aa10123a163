import { defaultNamespace } from '../../../../../src/rules/kubernetes/workload/hardening/default-namespace.js';
import { workloadKinds } from '../../../../../src/sources/index.js';
import type { InvalidCase } from '../../../../support/rule-tester.js';
import { ruleTester } from '../../../../support/rule-tester.js';
import { validForEveryWorkload, wrapWorkload } from '../../../../support/workloads.js';

const podSpec = 'containers:\n  - name: app\n';

// The object's own metadata opens every wrapped manifest: `metadata:` is line 3, `namespace:` line 5.
function invalidEverywhere(
  name: string,
  namespace: string | undefined,
  line: number,
  messageId: string,
): InvalidCase[] {
  return workloadKinds.map((kind) => ({
    name: `${kind}: ${name}`,
    code: wrapWorkload(kind, namespace === undefined ? { podSpec } : { podSpec, namespace }).code,
    errors: [{ line, messageId, path: 'metadata.namespace' }],
  }));
}

ruleTester(defaultNamespace, {
  valid: [...validForEveryWorkload({ name: 'own namespace', podSpec, namespace: 'shop' })],
  invalid: [
    ...invalidEverywhere('namespace omitted', undefined, 3, 'missing'),
    ...invalidEverywhere('default namespace', 'default', 5, 'default'),
    {
      name: 'metadata omitted entirely',
      code: 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: app\n',
      errors: [{ line: 1, messageId: 'missing' }],
    },
  ],
});
