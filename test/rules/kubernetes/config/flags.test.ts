import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  commandTokens,
  goBool,
  parseFlags,
} from '../../../../src/rules/kubernetes/config/config-utils/flags.js';

function flagsOf(command: string[], args?: string[]) {
  return parseFlags(commandTokens(command, args));
}

describe('static pod flag parser', () => {
  it('reads --flag=value, --flag value and bare booleans with their list index', () => {
    const flags = flagsOf(['--a=1', '--b', '2', '--profiling', '--c']);
    assert.deepEqual(flags.get('a'), { name: 'a', value: '1', field: 'command', index: 0 });
    assert.deepEqual(flags.get('b'), { name: 'b', value: '2', field: 'command', index: 1 });
    assert.equal(flags.get('profiling')?.value, 'true');
    assert.equal(flags.get('c')?.value, 'true');
  });

  it('never takes the next word as the value of a boolean flag, as pflag does', () => {
    const flags = flagsOf(['--anonymous-auth', 'false']);
    assert.equal(flags.get('anonymous-auth')?.value, 'true');
  });

  it('keeps the last occurrence of a scalar and appends repeated list flags', () => {
    const flags = flagsOf([
      '--x=1',
      '--enable-admission-plugins=A,B',
      '--x=2',
      '--enable-admission-plugins',
      'C',
    ]);
    assert.equal(flags.get('x')?.value, '2');
    assert.equal(flags.get('x')?.index, 2);
    assert.deepEqual(
      flags.list('enable-admission-plugins').map(({ item, flag }) => `${item}@${flag.index}`),
      ['A@1', 'B@1', 'C@3'],
    );
  });

  it('accepts etcd-style single-dash flags and flags in args', () => {
    const flags = flagsOf(['etcd'], ['-client-cert-auth=true']);
    assert.deepEqual(flags.get('client-cert-auth'), {
      name: 'client-cert-auth',
      value: 'true',
      field: 'args',
      index: 0,
    });
  });

  it('splits a shell script item into words that keep pointing at that item', () => {
    const tokens = commandTokens(['/bin/sh', '-c', 'exec kube-apiserver --profiling=false --a "b c"'], []);
    assert.deepEqual(
      tokens.map((token) => `${token.text}@${token.index}`),
      ['/bin/sh@0', '-c@1', 'exec@2', 'kube-apiserver@2', '--profiling=false@2', '--a@2', 'b c@2'],
    );
  });

  it('marks only the words where a program name can stand', () => {
    const tokens = commandTokens(['sh', '-c', 'cd /x && exec etcd --name=etcd; kube-apiserver'], []);
    assert.deepEqual(
      tokens.filter((token) => token.startsCommand).map((token) => token.text),
      ['sh', 'cd', 'exec', 'etcd', 'kube-apiserver'],
    );
  });

  it('keeps a list item with spaces as one word when no shell reads it', () => {
    const flags = flagsOf(['kube-apiserver', '--audit-policy-file=/etc/kubernetes/audit policy.yaml']);
    assert.equal(flags.get('audit-policy-file')?.value, '/etc/kubernetes/audit policy.yaml');
  });

  it('parses booleans like Go strconv.ParseBool', () => {
    assert.equal(goBool('True'), true);
    assert.equal(goBool('0'), false);
    assert.equal(goBool('no'), undefined);
  });
});
