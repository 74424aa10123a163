import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PolicyRuleFields } from '../../../../../src/rules/kubernetes/cluster-utils/policy-rules.js';
import {
  ruleAllows,
  ruleAllowsPath,
} from '../../../../../src/rules/kubernetes/cluster-utils/policy-rules.js';

function rule(fields: Partial<PolicyRuleFields>): PolicyRuleFields {
  return { verbs: [], apiGroups: [], resources: [], resourceNames: [], nonResourceURLs: [], ...fields };
}

describe('policy rules match requests exactly as the RBAC authorizer does', () => {
  const pods = rule({ apiGroups: [''], resources: ['pods'], verbs: ['get'] });

  it('verbs, groups and resources: exact or *', () => {
    assert.equal(ruleAllows(pods, { verb: 'get', group: '', resource: 'pods' }).allows, 'all');
    assert.equal(ruleAllows(pods, { verb: 'list', group: '', resource: 'pods' }).allows, 'none');
    assert.equal(ruleAllows(pods, { verb: 'get', group: 'apps', resource: 'pods' }).allows, 'none');
    assert.equal(
      ruleAllows(pods, { verb: 'get', resource: 'pods' }).allows,
      'all',
      'no group asked: any group',
    );
    const star = rule({ apiGroups: ['*'], resources: ['*'], verbs: ['*'] });
    assert.equal(
      ruleAllows(star, { verb: 'escalate', group: 'rbac.authorization.k8s.io', resource: 'roles' }).allows,
      'all',
    );
    assert.equal(
      ruleAllows(star, { verb: 'create', group: '', resource: 'pods', subresource: 'exec' }).allows,
      'all',
    );
  });

  it('a resource alone does not grant its subresources, and pods/* grants none', () => {
    assert.equal(
      ruleAllows(pods, { verb: 'get', group: '', resource: 'pods', subresource: 'log' }).allows,
      'none',
    );
    const podsStar = rule({ apiGroups: [''], resources: ['pods/*'], verbs: ['get'] });
    assert.equal(
      ruleAllows(podsStar, { verb: 'get', group: '', resource: 'pods', subresource: 'log' }).allows,
      'none',
    );
    assert.equal(ruleAllows(podsStar, { verb: 'get', group: '', resource: 'pods' }).allows, 'none');
    const anyLog = rule({ apiGroups: [''], resources: ['*/log'], verbs: ['get'] });
    assert.equal(
      ruleAllows(anyLog, { verb: 'get', group: '', resource: 'pods', subresource: 'log' }).allows,
      'all',
    );
    assert.equal(ruleAllows(anyLog, { verb: 'get', group: '', resource: 'pods' }).allows, 'none');
  });

  it('resourceNames: named objects only; never create or deletecollection of the whole resource', () => {
    const named = rule({
      apiGroups: [''],
      resources: ['secrets'],
      resourceNames: ['db'],
      verbs: ['get', 'list', 'create', 'deletecollection'],
    });
    assert.deepEqual(ruleAllows(named, { verb: 'get', group: '', resource: 'secrets' }), {
      allows: 'names',
      names: ['db'],
    });
    assert.deepEqual(ruleAllows(named, { verb: 'list', group: '', resource: 'secrets' }), {
      allows: 'names',
      names: ['db'],
    });
    assert.equal(ruleAllows(named, { verb: 'create', group: '', resource: 'secrets' }).allows, 'none');
    assert.equal(
      ruleAllows(named, { verb: 'deletecollection', group: '', resource: 'secrets' }).allows,
      'none',
    );
    assert.equal(
      ruleAllows(named, { verb: 'get', group: '', resource: 'secrets', name: 'db' }).allows,
      'all',
    );
    assert.equal(
      ruleAllows(named, { verb: 'get', group: '', resource: 'secrets', name: 'other' }).allows,
      'none',
    );
    const exec = rule({
      apiGroups: [''],
      resources: ['pods/exec'],
      resourceNames: ['web-0'],
      verbs: ['create'],
    });
    assert.equal(
      ruleAllows(exec, { verb: 'create', group: '', resource: 'pods', subresource: 'exec' }).allows,
      'names',
    );
  });

  it('non-resource URLs: exact, or a prefix ending in *', () => {
    const metrics = rule({ nonResourceURLs: ['/metrics', '/debug/*'], verbs: ['get'] });
    assert.equal(ruleAllowsPath(metrics, 'get', '/metrics'), true);
    assert.equal(ruleAllowsPath(metrics, 'get', '/debug/pprof'), true);
    assert.equal(ruleAllowsPath(metrics, 'post', '/metrics'), false);
    assert.equal(ruleAllowsPath(metrics, 'get', '/healthz'), false);
    assert.equal(ruleAllows(metrics, { verb: 'get', group: '', resource: 'pods' }).allows, 'none');
  });
});
