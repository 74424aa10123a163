import { containerPrivileged } from '../../../src/rules/container/container-privileged.js';
import { ruleTester } from '../../support/rule-tester.js';
import { hardenedRun, inspect, script } from './utils/cases.js';

ruleTester(containerPrivileged, {
  valid: [
    { name: 'option omitted', kind: 'script', code: script(hardenedRun()) },
    { name: 'set to false', kind: 'script', code: script(hardenedRun('--privileged=false')) },
    { name: 'decided by a variable', kind: 'script', code: script(hardenedRun('--privileged=$PRIV')) },
    { name: 'inside echo text', kind: 'script', code: script('echo "docker run --privileged nginx"') },
    { name: 'in a comment', kind: 'script', code: script('# docker run --privileged nginx', hardenedRun()) },
    {
      name: 'in a heredoc body',
      kind: 'script',
      code: script('cat <<EOF > notes.txt', 'docker run --privileged nginx', 'EOF'),
    },
    { name: 'engine: not privileged', kind: 'container-inspect', code: inspect() },
  ],
  invalid: [
    {
      name: 'run line',
      kind: 'script',
      code: script('#!/bin/sh', 'docker run -d --privileged nginx:1.25'),
      errors: [{ line: 2, column: 15, messageId: 'privileged', path: '--privileged' }],
    },
    {
      name: 'continued over lines, podman',
      kind: 'script',
      code: script('podman run --rm \\', '  --privileged=true \\', '  alpine:3.20 sh'),
      errors: [{ line: 2, column: 3, path: '--privileged' }],
    },
    {
      name: 'docker container create behind sudo',
      kind: 'script',
      code: script('sudo -E docker container create --privileged alpine'),
      errors: [{ line: 1, column: 33, path: '--privileged' }],
    },
    {
      name: 'Makefile recipe',
      kind: 'script',
      file: 'Makefile',
      code: script('run:', '\t@docker run --privileged $(IMAGE)'),
      errors: [{ line: 2, column: 14, path: '--privileged' }],
    },
    {
      name: 'engine: HostConfig.Privileged',
      kind: 'container-inspect',
      code: inspect({ HostConfig: { Privileged: true } }),
      errors: [{ line: 1, path: 'HostConfig.Privileged' }],
    },
  ],
});
