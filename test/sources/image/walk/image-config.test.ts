import assert from 'node:assert/strict';
import { test } from 'node:test';
import { configPlatform, joinHistory, runtimeConfigOf } from '../../../../src/sources/image/image-config.js';
import { ImageConfig, parseJsonDocument } from '../../../../src/sources/image/schema.js';

function parse(value: unknown): ImageConfig {
  const parsed = parseJsonDocument(JSON.stringify(value), ImageConfig, 'config');
  assert.ok(parsed.ok);
  return parsed.value;
}

test('runtime config reads the fields rules use, Docker nulls included', () => {
  const config = parse({
    architecture: 'arm64',
    os: 'linux',
    variant: 'v8',
    config: {
      User: 'app',
      Env: ['PATH=/bin', 'TOKEN=x'],
      ExposedPorts: { '8080/tcp': {}, '22/tcp': {} },
      Entrypoint: null,
      Cmd: ['/bin/sh', '-c', 'serve'],
      WorkingDir: '',
      Labels: { b: '2', a: '1' },
      Healthcheck: { Test: ['NONE'] },
    },
  });
  assert.deepEqual(runtimeConfigOf(config), {
    user: 'app',
    env: ['PATH=/bin', 'TOKEN=x'],
    exposedPorts: ['22/tcp', '8080/tcp'],
    cmd: ['/bin/sh', '-c', 'serve'],
    workingDir: '',
    labels: { a: '1', b: '2' },
    healthcheck: ['NONE'],
  });
  assert.equal(configPlatform(config), 'linux/arm64/v8');
});

test('one odd field does not cost the rest of the config', () => {
  const config = parse({ config: { User: 0, Env: 'not a list', Labels: { a: 1 }, Cmd: ['run'] } });
  assert.deepEqual(runtimeConfigOf(config), { env: [], exposedPorts: [], cmd: ['run'], labels: {} });
  assert.deepEqual(runtimeConfigOf(parse({})), { env: [], exposedPorts: [], labels: {} });
});

test('history entries that made layers are joined with the layers in order', () => {
  const config = parse({
    history: [
      { created_by: '/bin/sh -c #(nop) ADD file:abc in /' },
      { created_by: '/bin/sh -c #(nop) ENV A=1', empty_layer: true },
      { created_by: 'RUN apt-get install -y curl' },
    ],
  });
  const joined = joinHistory(config, ['sha256:l0', 'sha256:l1']);
  assert.deepEqual(joined.layers, [
    { digest: 'sha256:l0', createdBy: '/bin/sh -c #(nop) ADD file:abc in /' },
    { digest: 'sha256:l1', createdBy: 'RUN apt-get install -y curl' },
  ]);
  assert.deepEqual(
    joined.history.map((entry) => [entry.index, entry.emptyLayer, entry.layer?.digest]),
    [
      [0, false, 'sha256:l0'],
      [1, true, undefined],
      [2, false, 'sha256:l1'],
    ],
  );
  assert.deepEqual(joined.notes, []);
});

test('mismatched history and layer counts are a note, not a crash', () => {
  const config = parse({ history: [{ created_by: 'one' }] });
  const joined = joinHistory(config, ['sha256:l0', 'sha256:l1', 'sha256:l2']);
  assert.deepEqual(joined.layers, [
    { digest: 'sha256:l0', createdBy: 'one' },
    { digest: 'sha256:l1' },
    { digest: 'sha256:l2' },
  ]);
  assert.deepEqual(joined.notes, [
    "the image config's history names 1 layers but the image has 3; created_by is paired in order as far as both go",
  ]);
  const extra = joinHistory(parse({ history: [{ created_by: 'a' }, { created_by: 'b' }] }), ['sha256:l0']);
  assert.equal(extra.history[1]?.layer, undefined);
  assert.equal(extra.notes.length, 1);
  assert.deepEqual(joinHistory(parse({}), ['sha256:l0']).notes, [
    'the image config has no history; layers carry no created_by',
  ]);
});
