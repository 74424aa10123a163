import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { jsonWorthScanning, kindByContent, kindByName } from '../../../src/engines/scan/detect-kind.js';
import { buildUnits } from '../../../src/engines/scan/units.js';

describe('scan: run lines and daemon.json', () => {
  it('detects scripts and daemon.json by name, shebangs only by content', () => {
    assert.equal(kindByName('deploy/run.sh'), 'script');
    assert.equal(kindByName('ci/build.bash'), 'script');
    assert.equal(kindByName('Makefile'), 'script');
    assert.equal(kindByName('make/docker.mk'), 'script');
    assert.equal(kindByName('Jenkinsfile'), 'script');
    assert.equal(kindByName('etc/docker/daemon.json'), 'daemon-json');
    assert.equal(kindByName('Dockerfile.sh'), 'script');
    assert.equal(
      kindByName('bin/deploy'),
      undefined,
      'a folder walk never opens a file its name does not claim',
    );
    assert.equal(kindByContent('#!/usr/bin/env bash\ndocker run x\n'), 'script');
    assert.equal(kindByContent('#!/bin/sh\n'), 'script');
    assert.equal(kindByContent('# comment\nFROM debian\n'), 'dockerfile');
    assert.equal(jsonWorthScanning('etc/daemon.json', '{"icc": false}'), true);
    assert.equal(jsonWorthScanning('package.json', '{"name": "x"}'), false);
  });

  it('gives one container unit per run line, placed at the option', () => {
    const units = buildUnits(
      'docker run --privileged a\ndocker run --name a b\n',
      'run.sh',
      'script',
      'run.sh',
    );
    assert.equal(units.targetType, 'script');
    assert.deepEqual(
      units.units.map((unit) => unit.identity),
      ['container:run.sh/a', 'container:run.sh/a#2'],
    );
    const placement = units.units[0]?.place(['--privileged'], undefined);
    assert.deepEqual(placement?.range, { startLine: 1, startColumn: 12, endLine: 1, endColumn: 24 });
    assert.equal(placement?.path, '--privileged');
  });

  it('does not parse a script that never mentions an engine, and makes it no target', () => {
    const units = buildUnits("echo 'unterminated\n", 'run.sh', 'script');
    assert.deepEqual(units, { units: [], errors: [], directives: [] });
  });

  it('reports an unterminated quote as an error with its line, keeping the lines before it', () => {
    const units = buildUnits('docker run --privileged a\ndocker run "b\n', 'run.sh', 'script');
    assert.equal(units.units.length, 1);
    assert.deepEqual(units.errors, [
      { line: 2, column: 12, message: 'unterminated " quote: the rest of the text was not read' },
    ]);
  });

  it('adds run-line units to CI YAML parsed once, and leaves other YAML as it was', () => {
    const workflow = 'on: push\njobs:\n  t:\n    steps:\n      - run: docker run --privileged alpine\n';
    const ci = buildUnits(workflow, '.github/workflows/ci.yml', 'yaml');
    assert.equal(ci.targetType, 'script');
    assert.deepEqual(ci.errors, []);
    assert.equal(ci.units.length, 1);
    assert.equal(ci.units[0]?.views.container?.privileged?.location.startLine, 5);
    const other = buildUnits(workflow, 'deploy/values.yml', 'yaml');
    assert.deepEqual(other.units, []);
    assert.equal(other.targetType, undefined);
  });

  it('gives daemon.json one docker-daemon unit, and its errors with lines', () => {
    const good = buildUnits('{\n  "icc": false\n}\n', 'daemon.json', 'daemon-json', 'daemon.json');
    assert.equal(good.targetType, 'daemon');
    assert.equal(good.units.length, 1);
    assert.ok(good.units[0]?.views['docker-daemon'] !== undefined);
    assert.equal(good.units[0]?.place(['icc'], undefined).range.startLine, 2);
    const bad = buildUnits('{\n  "icc": "no"\n}\n', 'daemon.json', 'daemon-json');
    assert.equal(bad.errors[0]?.line, 2);
  });
});
