import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  assignments,
  parseHistoryStep,
  shellScript,
} from '../../../../src/rules/image/image-utils/history.js';

describe('parseHistoryStep', () => {
  it('reads classic builder steps', () => {
    assert.deepEqual(parseHistoryStep('/bin/sh -c #(nop)  CMD ["bash"]'), {
      keyword: 'CMD',
      text: '["bash"]',
      buildArgs: [],
    });
    assert.deepEqual(parseHistoryStep('/bin/sh -c #(nop) ADD file:4b03b5f5 in / '), {
      keyword: 'ADD',
      text: 'file:4b03b5f5 in /',
      buildArgs: [],
    });
    assert.deepEqual(parseHistoryStep('/bin/sh -c apt-get update && apt-get install -y curl'), {
      keyword: 'RUN',
      text: 'apt-get update && apt-get install -y curl',
      buildArgs: [],
    });
    assert.deepEqual(parseHistoryStep('|2 TOKEN=abc VERSION=1.2 /bin/sh -c make install'), {
      keyword: 'RUN',
      text: 'make install',
      buildArgs: [
        { name: 'TOKEN', value: 'abc' },
        { name: 'VERSION', value: '1.2' },
      ],
    });
  });

  it('reads BuildKit steps', () => {
    assert.deepEqual(parseHistoryStep('RUN |1 TOKEN=abc /bin/sh -c npm ci # buildkit'), {
      keyword: 'RUN',
      text: 'npm ci',
      buildArgs: [{ name: 'TOKEN', value: 'abc' }],
    });
    assert.deepEqual(parseHistoryStep('RUN /bin/bash -eux -o pipefail -c curl -fsSL x | sh # buildkit'), {
      keyword: 'RUN',
      text: 'curl -fsSL x | sh',
      buildArgs: [],
    });
    assert.deepEqual(parseHistoryStep('RUN ["/bin/sh", "-c", "make"] # buildkit'), {
      keyword: 'RUN',
      text: 'make',
      buildArgs: [],
    });
    assert.deepEqual(
      parseHistoryStep('RUN --mount=type=secret,id=npm --network=none /bin/sh -c npm ci # buildkit'),
      { keyword: 'RUN', text: 'npm ci', buildArgs: [] },
    );
    assert.deepEqual(parseHistoryStep('ARG TOKEN=abc'), { keyword: 'ARG', text: 'TOKEN=abc', buildArgs: [] });
    assert.deepEqual(parseHistoryStep('COPY . /app # buildkit'), {
      keyword: 'COPY',
      text: '. /app',
      buildArgs: [],
    });
  });

  it('leaves text from other tools alone', () => {
    assert.deepEqual(parseHistoryStep('bazel build //app:image'), {
      text: 'bazel build //app:image',
      buildArgs: [],
    });
    assert.deepEqual(parseHistoryStep(''), { text: '', buildArgs: [] });
  });

  it('splits build-argument values that contain spaces at the next NAME=', () => {
    assert.deepEqual(parseHistoryStep('|2 MSG=hello world TOKEN=abc /bin/sh -c echo').buildArgs, [
      { name: 'MSG', value: 'hello world' },
      { name: 'TOKEN', value: 'abc' },
    ]);
  });
});

describe('shellScript and assignments', () => {
  it('finds the script after the shell and its options', () => {
    assert.equal(shellScript('/bin/sh -c echo hi'), 'echo hi');
    assert.equal(shellScript('cmd /S /C echo hi'), 'echo hi');
    assert.equal(shellScript('powershell -Command Get-Item x'), 'Get-Item x');
    assert.equal(shellScript('/bin/sh script.sh'), undefined);
    assert.equal(shellScript('make all'), undefined);
  });

  it('reads NAME=value pairs, quoted values and the legacy ENV form', () => {
    assert.deepEqual(assignments('A=1 B="two words" C=\'x\''), [
      { name: 'A', value: '1' },
      { name: 'B', value: 'two words' },
      { name: 'C', value: 'x' },
    ]);
    assert.deepEqual(assignments('PASSWORD hunter2 more', true), [
      { name: 'PASSWORD', value: 'hunter2 more' },
    ]);
    assert.deepEqual(assignments('TOKEN'), []);
  });
});
