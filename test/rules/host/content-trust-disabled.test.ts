import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Finding, RuleContext } from '../../../src/core/index.js';
import { latestKubernetesVersion } from '../../../src/core/index.js';
import { evaluateHostUnits } from '../../../src/engines/host/evaluate-host.js';
import { hostUnits } from '../../../src/engines/host/host-units.js';
import { contentTrustDisabled } from '../../../src/rules/host/content-trust-disabled.js';
import { daemonViewFromFlags } from '../../../src/sources/daemon/from-flags.js';

const rules = [{ rule: contentTrustDisabled, severity: contentTrustDisabled.severity }];

/** The client environment as `bulwark host` judges it, through the host engine's own evaluation. */
function judge(contentTrust: string | undefined): Finding[] {
  const { units } = hostUnits(undefined, contentTrust, []);
  return evaluateHostUnits(units, rules, []).findings;
}

describe('DH100 content-trust-disabled', () => {
  for (const value of ['1', 'true', 'TRUE', 't']) {
    it(`passes DOCKER_CONTENT_TRUST=${value}`, () => {
      assert.deepEqual(judge(value), []);
    });
  }

  it('reports the variable left unset, as info on the environment', () => {
    const findings = judge(undefined);
    assert.equal(findings.length, 1);
    const [finding] = findings;
    assert.equal(finding?.ruleId, 'DH100');
    assert.equal(finding?.severity, 'info');
    assert.equal(finding?.messageId, 'unset');
    assert.deepEqual(finding?.location, { file: 'environment', path: 'DOCKER_CONTENT_TRUST' });
    assert.deepEqual(finding?.resource, { kind: 'DockerClient', name: 'environment' });
  });

  for (const value of ['0', 'false', '', 'yes']) {
    it(`reports DOCKER_CONTENT_TRUST=${JSON.stringify(value)} as off`, () => {
      const findings = judge(value);
      assert.deepEqual(
        findings.map((finding) => [finding.messageId, finding.location.path, finding.message]),
        [
          [
            'disabled',
            'DOCKER_CONTENT_TRUST',
            `DOCKER_CONTENT_TRUST is ${JSON.stringify(value)}, which leaves image signature verification off`,
          ],
        ],
      );
    });
  }

  it('never judges the daemon configuration itself', () => {
    const daemon = daemonViewFromFlags(['dockerd', '--iptables=false']);
    const view = daemon.view;
    assert.ok(view !== undefined);
    const context = {
      pss: { level: 'all', version: latestKubernetesVersion, origin: 'default' },
      kubernetesVersion: latestKubernetesVersion,
      trustedRegistries: [],
    } satisfies RuleContext;
    assert.deepEqual([...contentTrustDisabled.check(view, context)], []);
  });
});
