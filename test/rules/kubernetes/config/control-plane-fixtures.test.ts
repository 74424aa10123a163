import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { configRules } from '../../../../src/rules/kubernetes/config/index.js';
import { fromRoot } from '../../../support/paths.js';
import { runRuleOn } from '../../../support/rule-tester.js';

const fixtures = fromRoot('test', 'fixtures', 'control-plane');

function configFindings(folder: string, file: string): string[] {
  const code = readFileSync(path.join(fixtures, folder, file), 'utf8');
  const found: string[] = [];
  for (const rule of configRules) {
    const { findings, errors } = runRuleOn(rule, { code, file });
    assert.deepEqual(errors, [], `${folder}/${file} must parse cleanly`);
    for (const finding of findings) found.push(`${finding.ruleId}:${finding.location.startLine}`);
  }
  return found.sort();
}

describe('kubeadm-shaped control-plane fixtures', () => {
  for (const file of readdirSync(path.join(fixtures, 'hardened')).sort())
    it(`hardened/${file} passes every KC rule`, () => {
      assert.deepEqual(configFindings('hardened', file), []);
    });

  const expected: Readonly<Record<string, readonly string[]>> = {
    'admin.conf': ['KC080:4', 'KC081:8', 'KC082:22', 'KC082:25', 'KC082:32', 'KC082:34'],
    'audit-policy.yaml': ['KC071:10', 'KC071:14', 'KC072:6', 'KC073:5', 'KC074:4'],
    'encryption-config.yaml': ['KC060:7', 'KC061:15', 'KC062:11', 'KC062:18'],
    'etcd.yaml': [
      'KC026:12',
      'KC026:12',
      'KC026:19',
      'KC027:12',
      'KC028:15',
      'KC029:12',
      'KC029:12',
      'KC030:12',
      'KC031:22',
    ],
    'kube-apiserver.yaml': [
      'KC001:18',
      'KC002:34',
      'KC003:21',
      'KC005:23',
      'KC006:23',
      'KC007:22',
      'KC008:14',
      'KC009:14',
      'KC010:14',
      'KC010:14',
      'KC010:20',
      'KC011:14',
      'KC012:14',
      'KC012:14',
      'KC013:14',
      'KC014:14',
      'KC014:14',
      'KC015:14',
      'KC016:14',
      'KC016:14',
      'KC016:14',
      'KC016:25',
      'KC017:14',
      'KC018:30',
      'KC019:26',
      'KC032:33',
      'KC033:23',
      'KC033:23',
      'KC033:23',
    ],
    'kube-controller-manager.yaml': [
      'KC008:12',
      'KC020:12',
      'KC021:22',
      'KC022:12',
      'KC023:12',
      'KC024:19',
      'KC025:17',
    ],
    'kube-scheduler.yaml': ['KC008:16', 'KC025:12'],
    'kubelet-config.yaml': [
      'KC024:16',
      'KC032:26',
      'KC040:5',
      'KC041:9',
      'KC042:3',
      'KC043:20',
      'KC044:23',
      'KC045:17',
      'KC046:14',
      'KC047:1',
      'KC048:21',
      'KC049:19',
      'KC050:18',
    ],
  };
  for (const file of readdirSync(path.join(fixtures, 'insecure')).sort())
    it(`insecure/${file} fails the expected KC rules at their lines`, () => {
      assert.deepEqual(configFindings('insecure', file), [...(expected[file] ?? [])].sort());
    });
});
