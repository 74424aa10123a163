import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { compareFindings } from '../../src/core/index.js';
import { defaultConfig } from '../../src/engines/config/schema.js';
import { evaluateFiles } from '../../src/engines/scan/evaluate-files.js';
import { scanPaths } from '../../src/engines/scan/scan.js';
import { ruleRegistry } from '../../src/rules/index.js';
import { tempDir } from '../support/cli.js';

function manifest(index: number): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-${index}
  namespace: team-${index % 7}
spec:
  selector:
    matchLabels: {app: app-${index}}
  template:
    metadata:
      labels: {app: app-${index}}
    spec:
      containers:
        - name: web
          image: registry.example.com/web:${index}
          securityContext:
            privileged: ${index % 3 === 0}
            runAsUser: ${index % 5}
---
`;
}

describe('two-thread scan gives exactly the single-thread result', () => {
  it('on an input large enough to use a worker', async () => {
    const root = tempDir('parallel');
    for (let file = 0; file < 80; file += 1) {
      let text = '';
      for (let index = 0; index < 45; index += 1) text += manifest(file * 45 + index);
      writeFileSync(path.join(root, `f${String(file).padStart(2, '0')}.yaml`), text);
    }
    const request = {
      inputs: ['.'],
      cwd: root,
      config: defaultConfig,
      configRoot: root,
      pss: {},
      selection: { only: [], skip: [] },
      today: '2026-01-01',
      readStdin: () => Promise.resolve(new Uint8Array()),
    };
    const parallel = await scanPaths(request, ruleRegistry);
    const jobs = Array.from({ length: 80 }, (_, file) => {
      const display = `f${String(file).padStart(2, '0')}.yaml`;
      return {
        display,
        identityPath: display,
        kind: 'yaml' as const,
        text: readFileSync(path.join(root, display), 'utf8'),
      };
    });
    const inputs = {
      cwd: root,
      configRoot: root,
      config: defaultConfig,
      pss: {},
      namespaces: [],
      serviceAccounts: [],
      selection: request.selection,
      today: request.today,
    };
    const single = evaluateFiles(jobs, inputs, ruleRegistry);
    assert.ok(single.findings.length > 0);
    assert.deepEqual(
      [...parallel.findings].sort(compareFindings),
      [...single.findings].sort(compareFindings),
    );
    assert.deepEqual(parallel.errors, single.errors);
    assert.equal(parallel.targets.length, 80);
  });
});
