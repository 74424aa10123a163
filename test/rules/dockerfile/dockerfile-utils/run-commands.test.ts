import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runInstructions } from '../../../../src/rules/dockerfile/dockerfile-utils/run-commands.js';
import { parseDockerfile } from '../../../../src/sources/index.js';

function runsOf(text: string): ReturnType<typeof runInstructions> {
  return runInstructions(parseDockerfile(text, 'Dockerfile').view);
}

function located(text: string): string[] {
  return runsOf(text).flatMap((run) =>
    run.commands.map((command) => `${command.range.startLine}:${command.range.startColumn} ${command.name}`),
  );
}

describe('runInstructions', () => {
  it('maps commands on continuation lines, skipping comment lines', () => {
    const text = [
      'FROM debian:12',
      'RUN --mount=type=cache,target=/var/cache/apt apt-get update \\',
      '    # tools',
      '    && apt-get install -y curl',
    ].join('\n');
    assert.deepEqual(located(text), ['2:46 apt-get', '4:8 apt-get']);
    assert.deepEqual(runsOf(text)[0]?.mounts[0]?.target, '/var/cache/apt');
  });

  it('honours the escape directive', () => {
    const text = ['# escape=`', 'FROM debian:12', 'RUN echo a && `', '  echo b'].join('\n');
    assert.deepEqual(located(text), ['3:5 echo', '4:3 echo']);
  });

  it('reads a script heredoc line by line', () => {
    const text = ['FROM debian:12', 'RUN <<EOF', 'set -e', '  apt-get update', 'EOF'].join('\n');
    assert.deepEqual(located(text), ['3:1 set', '4:3 apt-get']);
  });

  it('reads a heredoc fed to a shell, not one fed to another program', () => {
    const shell = ['FROM debian:12', 'RUN bash <<EOF', 'echo a', 'EOF'].join('\n');
    assert.deepEqual(located(shell), ['2:5 bash', '3:1 echo']);
    const python = ['FROM python:3.12', 'RUN python3 <<EOF', 'import os', 'EOF'].join('\n');
    assert.deepEqual(located(python), ['2:5 python3']);
    const shebang = ['FROM python:3.12', 'RUN <<EOF', '#!/usr/bin/env python3', 'print(1)', 'EOF'].join('\n');
    assert.deepEqual(located(shebang), []);
  });

  it('places exec-form commands on the instruction', () => {
    assert.deepEqual(located('FROM debian:12\nRUN ["sh", "-c", "a && b"]\n'), ['2:1 sh', '2:1 a', '2:1 b']);
  });

  it('includes ONBUILD RUN triggers', () => {
    assert.deepEqual(located('FROM debian:12\nONBUILD RUN make install\n'), ['2:13 make']);
  });

  it('does not read PowerShell or cmd as a POSIX shell', () => {
    const runs = runsOf('FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nRUN dir | findstr x\n');
    assert.equal(runs[0]?.posix, false);
    assert.deepEqual(runs[0]?.commands, []);
  });

  it('numbers command paths within their instruction', () => {
    const runs = runsOf('FROM debian:12\nRUN a && b\n');
    assert.deepEqual(
      runs[0]?.commands.map((command) => command.path.join('.')),
      ['stages.0.instructions.1.commands.0', 'stages.0.instructions.1.commands.1'],
    );
  });
});
