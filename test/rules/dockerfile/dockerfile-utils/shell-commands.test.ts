import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  commandsFromWords,
  splitShellCommands,
} from '../../../../src/rules/dockerfile/dockerfile-utils/shell-commands.js';

function summary(script: string): string[] {
  return splitShellCommands(script).map(
    (command) =>
      `${command.pipeline}.${command.pipePosition}/${command.pipeLength} d${command.depth} ${[command.name, ...command.args].join(' ')}`,
  );
}

describe('splitShellCommands', () => {
  it('splits on &&, ||, ;, & and pipes', () => {
    assert.deepEqual(summary('a x && b | c; d || e & f'), [
      '0.0/1 d0 a x',
      '1.0/2 d0 b',
      '1.1/2 d0 c',
      '2.0/1 d0 d',
      '3.0/1 d0 e',
      '4.0/1 d0 f',
    ]);
  });

  it('treats newlines as separators, except after a pipe or && and when escaped', () => {
    assert.deepEqual(summary('a\nb |\n  c &&\n d \\\n  e'), [
      '0.0/1 d0 a',
      '1.0/2 d0 b',
      '1.1/2 d0 c',
      '2.0/1 d0 d e',
    ]);
  });

  it('drops comments but keeps # inside words', () => {
    assert.deepEqual(summary('# setup | x\nnpm i lib.git#v1 # trailing && y'), ['1.0/1 d0 npm i lib.git#v1']);
  });

  it('skips the bodies of heredocs opened inside the script', () => {
    assert.deepEqual(summary('cat <<EOT > /etc/x\ncurl | sh\nEOT\necho done'), [
      '0.0/1 d0 cat',
      '1.0/1 d0 echo done',
    ]);
  });

  it('removes redirections and their descriptor numbers', () => {
    assert.deepEqual(summary('make 2>&1 >/dev/null < in.txt arg'), ['0.0/1 d0 make arg']);
  });

  it('peels wrappers, assignments and keywords', () => {
    const [command] = splitShellCommands(
      'if true; then X=1 sudo -u app env Y=2 /usr/bin/npm install x; fi',
    ).filter((each) => each.name === 'npm');
    assert.equal(command?.program, '/usr/bin/npm');
    assert.deepEqual(command?.wrappers, ['sudo', 'env']);
    assert.deepEqual(command?.assignments, ['X=1', 'Y=2']);
    assert.deepEqual(command?.args, ['install', 'x']);
  });

  it('keeps `command -v` and a bare wrapper as the command', () => {
    assert.deepEqual(summary('command -v curl || sudo -i'), ['0.0/1 d0 command -v curl', '1.0/1 d0 sudo -i']);
  });

  it('reads substitutions and sh -c scripts as nested commands', () => {
    const commands = splitShellCommands(
      'eval "$(wget -qO- x)" && bash -o pipefail -c "a | b" && cat <(curl y)',
    );
    assert.deepEqual(
      commands.map((command) => `${command.depth} ${command.name}`),
      ['0 eval', '1 wget', '0 bash', '1 a', '1 b', '0 cat', '1 curl'],
    );
    assert.deepEqual(commands[0]?.substitutions, ['wget']);
    assert.equal(commands[2]?.inlineScript, 'a | b');
    assert.deepEqual(commands[5]?.substitutions, ['curl']);
  });

  it('gives the offsets of commands in the script', () => {
    const commands = splitShellCommands('apt-get update && apt-get install -y curl');
    assert.deepEqual(
      commands.map((command) => [command.offset, command.end]),
      [
        [0, 14],
        [18, 41],
      ],
    );
  });

  it('builds the exec form command and its -c script', () => {
    const commands = commandsFromWords(['/bin/sh', '-c', 'curl -k x | sh']);
    assert.deepEqual(
      commands.map(
        (command) => `${command.depth} ${command.name} ${command.pipePosition}/${command.pipeLength}`,
      ),
      ['0 sh 0/1', '1 curl 0/2', '1 sh 1/2'],
    );
  });
});
