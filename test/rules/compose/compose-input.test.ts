import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kindByContent, kindByName } from '../../../src/engines/scan/detect-kind.js';
import { evaluateFile } from '../../../src/engines/scan/evaluate.js';
import { buildUnits } from '../../../src/engines/scan/units.js';
import { composeRules } from '../../../src/rules/compose/index.js';
import { lines } from './utils/compose-versions.js';

function scanWithComposeRules(text: string, file: string) {
  const kind = kindByName(file) ?? kindByContent(text);
  const units = buildUnits(text, file, kind);
  const evaluation = evaluateFile(
    file,
    units,
    composeRules.map((rule) => ({ rule, severity: rule.severity })),
    { pss: {}, namespaces: new Map(), trustedRegistries: [] },
    { directives: [], exceptions: [], exceptionCoversFile: () => true, today: '2026-01-01' },
  );
  return { units, ...evaluation };
}

describe('compose input errors', () => {
  it('wrong field types are input errors at the offending lines, not findings', () => {
    const text = lines(
      "version: '2.4'",
      'services:',
      '  app:',
      '    image: nginx:1.25',
      '    privileged: "maybe"',
      '    ports: 80',
    );
    const { units, findings, errors } = scanWithComposeRules(text, 'docker-compose.yml');
    assert.equal(units.targetType, 'compose');
    assert.deepEqual(units.units, []);
    assert.deepEqual(findings, []);
    assert.deepEqual(
      errors.map((error) => [error.file, error.line, error.message.split(':').slice(0, 2).join(':')]),
      [
        ['docker-compose.yml', 5, 'invalid compose file: services.app.privileged'],
        ['docker-compose.yml', 6, 'invalid compose file: services.app.ports'],
      ],
    );
    assert.match(errors[0]?.message ?? '', /expected a boolean \(true or false\), received string "maybe"/);
  });

  it('one bad service is an input error while the other services are still judged', () => {
    const text = lines(
      'services:',
      '  broken:',
      '    image: nginx:1.25',
      '    read_only: sometimes',
      '  web:',
      '    image: nginx:1.25',
      '    privileged: true',
      '  worker:',
      '    image: worker:1',
      '    cap_add: SYS_ADMIN',
    );
    const { units, findings, errors } = scanWithComposeRules(text, 'compose.yaml');
    assert.deepEqual(
      units.units.map((unit) => unit.resource.name),
      ['web'],
    );
    assert.deepEqual(
      errors.map((error) => [error.line, error.message.split(':').slice(0, 2).join(':')]),
      [
        [4, 'invalid compose file: services.broken.read_only'],
        [10, 'invalid compose file: services.worker.cap_add'],
      ],
    );
    assert.deepEqual(
      findings.filter((finding) => finding.ruleId === 'DC001').map((finding) => finding.location.startLine),
      [7],
    );
  });

  it('a wrong top-level field is an error of its own and the services are still judged', () => {
    const text = lines(
      'secrets: [db]',
      'services:',
      '  web:',
      '    image: nginx:1.25',
      '    privileged: true',
    );
    const { units, findings, errors } = scanWithComposeRules(text, 'compose.yaml');
    assert.deepEqual(
      errors.map((error) => [error.line, error.message.split(':').slice(0, 2).join(':')]),
      [[1, 'invalid compose file: secrets']],
    );
    assert.equal(units.units.length, 1);
    assert.ok(findings.some((finding) => finding.ruleId === 'DC001'));
  });

  it('a capability list written as a string points at that line', () => {
    const text = lines('services:', '  app:', '    image: nginx:1.25', '    cap_add: SYS_ADMIN');
    const { errors } = scanWithComposeRules(text, 'compose.yaml');
    assert.deepEqual(
      errors.map((error) => error.line),
      [4],
    );
    assert.match(errors[0]?.message ?? '', /services\.app\.cap_add/);
  });
});

describe('compose booleans written as strings (Compose interpolates before it reads types)', () => {
  function serviceOf(text: string) {
    const { units, errors } = scanWithComposeRules(text, 'compose.yaml');
    assert.deepEqual(errors, []);
    return units.units[0]?.views['compose-service'];
  }

  it('accepts "true"/"false" and the YAML 1.1 words Compose accepts, in any case', () => {
    const view = serviceOf(
      lines(
        'services:',
        '  app:',
        '    image: nginx:1.25',
        '    privileged: "yes"',
        '    read_only: "False"',
        '    init: "true"',
        '    tty: "false"',
        '    stdin_open: "on"',
        '    volumes:',
        '      - type: bind',
        '        source: /etc',
        '        target: /host/etc',
        '        read_only: "true"',
      ),
    );
    assert.equal(view?.service.privileged, true);
    assert.equal(view?.service.read_only, false);
    assert.equal(view?.volumes[0]?.readOnly, true);
  });

  it('reads `${VAR:-default}` and `${VAR-default}` by their default, and a bare variable as unknown', () => {
    const view = serviceOf(
      lines(
        'services:',
        '  app:',
        '    image: nginx:1.25',
        '    privileged: ${PRIVILEGED:-true}',
        '    read_only: "${READ_ONLY}"',
        '    volumes:',
        '      - type: bind',
        '        source: /etc',
        '        target: /host/etc',
        '        read_only: ${RO-false}',
        '      - /proc:/host/proc:${MODE:-ro}',
        '      - /sys:/host/sys:${MODE}',
      ),
    );
    assert.equal(view?.service.privileged, true);
    assert.equal(view?.service.read_only, 'unknown');
    assert.deepEqual(
      view?.volumes.map((volume) => volume.readOnly),
      [false, true, 'unknown'],
    );
  });

  it('an unknown value is never a finding by itself', () => {
    const { findings, errors } = scanWithComposeRules(
      lines(
        'services:',
        '  app:',
        '    image: nginx:1.25',
        '    user: "10001"',
        '    privileged: ${PRIVILEGED}',
        '    read_only: ${READ_ONLY}',
        '    volumes:',
        '      - /etc/localtime:/etc/localtime:${MODE}',
      ),
      'compose.yaml',
    );
    assert.deepEqual(errors, []);
    const ids = new Set(findings.map((finding) => finding.ruleId));
    for (const id of ['DC001', 'DC010', 'DC014']) assert.ok(!ids.has(id), `${id} reported an unknown value`);
  });
});

describe('compose detection by content', () => {
  const stack = lines('services:', '  web:', '    image: nginx:1.25', '    privileged: true');

  it('stack.yaml with a services mapping is a compose file', () => {
    assert.equal(kindByName('stack.yaml'), 'yaml');
    const { units, findings, errors } = scanWithComposeRules(stack, 'stack.yaml');
    assert.deepEqual(errors, []);
    assert.equal(units.targetType, 'compose');
    assert.deepEqual(
      units.units.map((unit) => [
        unit.resource.kind,
        unit.resource.name,
        unit.views['compose-service'] !== undefined,
      ]),
      [['ComposeService', 'web', true]],
    );
    const privileged = findings.filter((finding) => finding.ruleId === 'DC001');
    assert.deepEqual(
      privileged.map((finding) => [finding.location.file, finding.location.startLine, finding.resource.name]),
      [['stack.yaml', 4, 'web']],
    );
  });

  it('the same text given without a known name is read as YAML and detected as compose', () => {
    assert.equal(kindByContent(stack), 'yaml');
    const { units } = scanWithComposeRules(stack, 'deploy-config');
    assert.equal(units.targetType, 'compose');
  });

  it('a Kubernetes manifest or a CI file with a services list is not compose', () => {
    const manifest = lines(
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  name: web',
      'spec:',
      '  ports: [{port: 80}]',
    );
    assert.equal(scanWithComposeRules(manifest, 'stack.yaml').units.targetType, 'kubernetes');
    const ci = lines('image: node:20', 'services:', '  - postgres:16', 'test:', '  script: npm test');
    const { units, findings } = scanWithComposeRules(ci, 'stack.yaml');
    assert.notEqual(units.targetType, 'compose');
    assert.deepEqual(findings, []);
  });

  it('a merge key and `build: .` parse as compose does', () => {
    const text = lines(
      'x-hardening: &hardening',
      '  read_only: true',
      '  security_opt: [no-new-privileges:true]',
      'services:',
      '  api:',
      '    <<: *hardening',
      '    build: .',
    );
    const { units, errors } = scanWithComposeRules(text, 'compose.yaml');
    assert.deepEqual(errors, []);
    const service = units.units[0]?.views['compose-service']?.service;
    assert.equal(service?.build, '.');
    assert.equal(service?.read_only, true);
    assert.deepEqual(service?.security_opt, ['no-new-privileges:true']);
  });
});
