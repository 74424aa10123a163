import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Cidr } from '../../../../../src/rules/kubernetes/network/network-utils/cidr.js';
import {
  cidrContains,
  cidrContainsAddress,
  parseAddress,
  parseCidr,
} from '../../../../../src/rules/kubernetes/network/network-utils/cidr.js';

function cidr(text: string): Cidr {
  const parsed = parseCidr(text);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed.cidr;
}

function contains(block: string, address: string): boolean {
  const parsed = parseAddress(address);
  assert.ok(parsed, address);
  return cidrContainsAddress(cidr(block), parsed.family, parsed.value);
}

describe('CIDR parsing and containment', () => {
  it('parses IPv4 and IPv6, clearing host bits as the API server does', () => {
    assert.equal(cidr('10.1.2.3/8').network, cidr('10.0.0.0/8').network);
    assert.equal(cidr('fd00::1/8').network, cidr('fd00::/8').network);
    assert.equal(cidr('::/0').prefix, 0);
    assert.equal(cidr('::ffff:10.0.0.1/128').family, 6);
  });

  it('refuses malformed blocks with a reason', () => {
    for (const [text, reason] of [
      ['10.0.0.0', /no \/prefix/],
      ['10.0.0.0/33', /prefix must be 0 to 32/],
      ['10.0.0/8', /not an address/],
      ['256.0.0.0/8', /not an address/],
      ['01.0.0.0/8', /not an address/],
      ['fd00::/129', /prefix must be 0 to 128/],
      ['fd00:::1/64', /not an address/],
      ['1:2:3:4:5:6:7:8:9/64', /not an address/],
      ['10.0.0.0/-1', /prefix/],
    ] as const) {
      const parsed = parseCidr(text);
      assert.ok('error' in parsed, text);
      assert.match(parsed.error, reason, text);
    }
  });

  it('decides containment by family and prefix', () => {
    assert.ok(contains('0.0.0.0/0', '169.254.169.254'));
    assert.ok(contains('169.254.169.254/32', '169.254.169.254'));
    assert.ok(!contains('169.254.169.254/32', '169.254.169.253'));
    assert.ok(!contains('::/0', '10.0.0.1'), 'families never mix');
    assert.ok(contains('fd00::/8', 'fdff::1'));
    assert.ok(cidrContains(cidr('10.0.0.0/8'), cidr('10.1.0.0/16')));
    assert.ok(!cidrContains(cidr('10.1.0.0/16'), cidr('10.0.0.0/8')));
    assert.ok(!cidrContains(cidr('10.0.0.0/8'), cidr('fd00::/8')));
  });
});
