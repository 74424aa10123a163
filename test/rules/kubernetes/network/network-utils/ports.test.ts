import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PortSet } from '../../../../../src/rules/kubernetes/network/network-utils/ports.js';
import {
  formatPorts,
  intersectPorts,
  normalizePorts,
  parsePortQuery,
  resolvePorts,
  subtractPorts,
  unionPorts,
} from '../../../../../src/rules/kubernetes/network/network-utils/ports.js';

const tcp = (from: number, to = from): PortSet => [{ protocol: 'TCP', from, to }];

describe('port sets', () => {
  it('merge, intersect and subtract ranges per protocol', () => {
    assert.equal(formatPorts(unionPorts(tcp(80), tcp(81, 90))), 'TCP 80-90');
    assert.equal(formatPorts(intersectPorts(tcp(80, 90), tcp(85, 100))), 'TCP 85-90');
    assert.equal(formatPorts(intersectPorts(tcp(80), [{ protocol: 'UDP', from: 80, to: 80 }])), 'none');
    assert.equal(formatPorts(subtractPorts(tcp(1, 100), tcp(50))), 'TCP 1-49, TCP 51-100');
    assert.equal(formatPorts(subtractPorts('all', tcp(1, 65535))), 'UDP all, SCTP all');
    assert.equal(
      normalizePorts([
        { protocol: 'SCTP', from: 1, to: 65535 },
        { protocol: 'UDP', from: 1, to: 65535 },
        { protocol: 'TCP', from: 1, to: 65535 },
      ]),
      'all',
    );
  });

  it('resolve named ports against the container ports of the destination, by protocol', () => {
    const ports = [
      { container: 'a', containerPort: 8080, name: 'http', protocol: 'TCP' },
      { container: 'b', containerPort: 9090, name: 'http', protocol: 'TCP' },
      { container: 'a', containerPort: 53, name: 'dns', protocol: 'UDP' },
    ];
    assert.equal(formatPorts(resolvePorts([{ protocol: 'TCP', name: 'http' }], ports)), 'TCP 8080, TCP 9090');
    assert.equal(formatPorts(resolvePorts([{ protocol: 'TCP', name: 'dns' }], ports)), 'none');
    assert.equal(formatPorts(resolvePorts([{ protocol: 'TCP', name: 'http' }], undefined)), 'none');
    assert.equal(formatPorts(resolvePorts([{ protocol: 'UDP' }], ports)), 'UDP all');
    assert.equal(formatPorts(resolvePorts('any', ports)), 'all');
  });

  it('parse --port queries', () => {
    assert.deepEqual(parsePortQuery('8080'), { protocol: 'TCP', port: 8080 });
    assert.deepEqual(parsePortQuery('53/udp'), { protocol: 'UDP', port: 53 });
    assert.deepEqual(parsePortQuery('http'), { protocol: 'TCP', name: 'http' });
    assert.ok('error' in parsePortQuery('0'));
    assert.ok('error' in parsePortQuery('80/ICMP'));
    assert.ok('error' in parsePortQuery('Not A Port'));
  });
});
