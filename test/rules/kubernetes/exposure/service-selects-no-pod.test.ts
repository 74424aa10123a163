import { serviceSelectsNoPod } from '../../../../src/rules/kubernetes/exposure/service-selects-no-pod.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { container, join, labelledWorkload, runningKinds } from '../network/cases.js';

const service = (selector: string, extra = '') =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector: ${selector}\n  ports: [{port: 80}]${extra}\n`;

ruleTester(serviceSelectsNoPod, {
  valid: [
    ...runningKinds.map((kind) => ({
      name: `selects a ${kind}`,
      code: join(labelledWorkload(kind, { podSpec: container, namespace: 'shop' }), service('{app: test}')),
    })),
    {
      name: 'no workload in its namespace',
      code: join(labelledWorkload('Deployment', { podSpec: container }), service('{app: web}')),
    },
    {
      name: 'no selector',
      code: join(
        labelledWorkload('Deployment', { podSpec: container, namespace: 'shop' }),
        'apiVersion: v1\nkind: Service\nmetadata: {name: db, namespace: shop}\nspec:\n  ports: [{port: 5432}]',
      ),
    },
    {
      name: 'an empty selector',
      code: join(labelledWorkload('Deployment', { podSpec: container, namespace: 'shop' }), service('{}')),
    },
  ],
  invalid: [
    {
      name: 'a label that no pod carries',
      code: join(
        labelledWorkload('Deployment', { podSpec: container, namespace: 'shop' }),
        service('{app: web}'),
      ),
      errors: [{ line: 25, messageId: 'none', path: 'spec.selector' }],
    },
    {
      name: 'one pair of two matches',
      code: join(
        labelledWorkload('Pod', { podSpec: container, namespace: 'shop' }),
        service('{app: test, tier: front}'),
      ),
      errors: [{ line: 19 }],
    },
  ],
});
