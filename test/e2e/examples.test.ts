import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCli } from '../support/cli.js';

interface JsonReport {
  findings: {
    ruleId: string;
    status: string;
    message: string;
    location: { file: string; startLine: number };
  }[];
  errors: unknown[];
}

describe('the bundled example stack (the README command)', () => {
  const table = runCli(['scan', 'examples/']);
  const report = JSON.parse(runCli(['scan', 'examples/', '--format', 'json']).stdout) as JsonReport;
  const at = (file: string) =>
    report.findings
      .filter((finding) => finding.location.file === `examples/${file}`)
      .map((finding) => `${finding.ruleId}:${finding.location.startLine}`);

  it('exits 1 and prints findings as file then line:column', () => {
    assert.equal(table.status, 1);
    assert.match(
      table.stdout,
      /^examples\/Dockerfile\n\s+\d+:\d+\s+(?:CRITICAL|HIGH|MEDIUM|LOW|INFO)\s+DF\d{3}/m,
    );
    assert.deepEqual(report.errors, []);
  });

  it('reports the Dockerfile at the offending instructions', () => {
    const found = at('Dockerfile');
    for (const expected of [
      'DF002:4',
      'DF006:7',
      'DF002:12',
      'DF010:13',
      'DF005:17',
      'DF004:18',
      'DF012:20',
      'DF011:21',
      'DF001:22',
    ]) {
      assert.ok(found.includes(expected), `${expected} missing from ${found.join(' ')}`);
    }
  });

  it('reports the compose file at the offending fields', () => {
    const found = at('docker-compose.yml');
    for (const expected of [
      'DC001:6',
      'DC016:10',
      'DC009:13',
      'DC017:18',
      'DC011:22',
      'DC004:27',
      'DC005:28',
      'DC010:30',
    ]) {
      assert.ok(found.includes(expected), `${expected} missing from ${found.join(' ')}`);
    }
  });

  it('reports the Kubernetes manifests, judging Pod Security by the Namespace labels', () => {
    const deployment = at('k8s/deployment.yaml');
    for (const expected of ['KW003:18', 'KW006:24', 'KW037:27', 'KW004:36', 'KW005:42', 'KW033:43']) {
      assert.ok(deployment.includes(expected), `${expected} missing from ${deployment.join(' ')}`);
    }
    assert.ok(at('k8s/cronjob.yaml').includes('KW037:19'));
    assert.deepEqual(at('k8s/secret.yaml'), ['KW038:8', 'KW038:9']);
    // The namespace enforces baseline v1.30: restricted-only checks (KW013-KW019) stay silent for its pods.
    const restrictedOnly = report.findings.filter((finding) => /^KW01[3-9]$/.test(finding.ruleId));
    assert.deepEqual(restrictedOnly, []);
  });

  it('reports network segmentation, exposure, secrets handling and EKS findings', () => {
    const expected: Record<string, string[]> = {
      'k8s/namespace.yaml': ['KN001:4', 'KN002:4'],
      'k8s/network.yaml': ['KN005:14', 'KN004:24', 'KN005:30', 'KN006:45'],
      'k8s/service.yaml': ['KN010:7', 'KN013:20'],
      'k8s/deployment.yaml': ['KN031:17', 'KN015:18', 'KN032:18'],
      'k8s/cronjob.yaml': ['KN003:10', 'KN032:10'],
      'k8s/eks.yaml': ['KN030:9', 'KN020:36'],
    };
    for (const [file, ids] of Object.entries(expected)) {
      const found = at(file);
      for (const id of ids) assert.ok(found.includes(id), `${id} missing from ${file}: ${found.join(' ')}`);
    }
  });

  it('reports RBAC risks on the bindings, naming the workloads that carry the token', () => {
    assert.deepEqual(at('k8s/rbac.yaml'), [
      'KR001:25',
      'KR015:25',
      'KR002:39',
      'KR004:39',
      'KR002:42',
      'KR004:42',
      'KR018:42',
    ]);
    const admin = report.findings.find((finding) => finding.ruleId === 'KR001');
    assert.match(admin?.message ?? '', /Deployment storefront\/api \(examples\/k8s\/deployment\.yaml:1\)/);
  });

  it('keeps the finding excepted in examples/.bulwark.yaml as suppressed', () => {
    const suppressed = report.findings.filter((finding) => finding.status === 'suppressed');
    assert.deepEqual(
      suppressed.map((finding) => `${finding.ruleId}:${finding.location.startLine}`),
      ['KW001:34'],
    );
  });
});
