import { defineRule } from '../define-rule.js';
import type { PortRisk, SensitivePort } from './utils/ports.js';
import { isOnEveryInterface, sensitivePortsIn } from './utils/ports.js';
import { composeServiceKinds, serviceData, specUrl } from './utils/service.js';

const riskOrder: readonly PortRisk[] = ['critical', 'high', 'medium'];

function highestRisk(ports: readonly SensitivePort[]): PortRisk {
  return riskOrder.find((risk) => ports.some((entry) => entry.risk === risk)) ?? 'medium';
}

function describe(ports: readonly SensitivePort[]): string {
  const named = ports.slice(0, 3).map((entry) => `${entry.port} (${entry.what})`);
  const more = ports.length > 3 ? ` and ${ports.length - 3} more` : '';
  return `${named.join(', ')}${more}`;
}

export const composeSensitivePortOnAllInterfaces = defineRule({
  id: 'DC017',
  slug: 'compose-sensitive-port-on-all-interfaces',
  title: 'Database or admin port published on every host interface',
  severity: 'medium',
  domain: 'compose',
  target: 'compose-service',
  appliesTo: composeServiceKinds,
  rationale:
    'A port published without a host IP listens on every interface, and Docker opens it in its own iptables ' +
    'chains, past ufw or firewalld rules. Reported container ports: databases and caches (MySQL 3306, PostgreSQL ' +
    '5432, SQL Server 1433, Oracle 1521, Redis 6379, Memcached 11211, MongoDB 27017, Elasticsearch 9200/9300, ' +
    'CouchDB 5984, Cassandra 9042, InfluxDB 8086, Neo4j 7474/7687, ArangoDB 8529, CockroachDB 26257), brokers ' +
    '(Kafka 9092, ZooKeeper 2181, RabbitMQ 5672/15672), remote administration (SSH 22, RDP 3389, VNC 5900/5901), ' +
    'admin and control planes (Docker 2375/2376, etcd 2379/2380, Kubernetes 6443, kubelet 10250/10255, Consul ' +
    '8500, Kibana 5601) and debuggers (Node.js 9229, JDWP 5005, debugpy 5678). Unauthenticated-by-default ' +
    'services, VNC (8-character passwords at most) and debuggers are high and the plain Docker API critical; ' +
    'ambiguous ports such as 9000 and 8080 are not judged.',
  remediation:
    'Bind the port to loopback (`"127.0.0.1:5432:5432"` or `host_ip: 127.0.0.1`), or drop `ports:` and reach the ' +
    'service over the compose network from the services that need it.',
  references: {
    cis: ['docker-1.6:5.14'],
    mitre: ['T1190'],
    urls: [specUrl('ports')],
  },
  messages: {
    exposed: 'service "{{service}}" publishes {{ports}} on every host interface',
  },
  *check(view) {
    for (const port of view.ports) {
      if (!isOnEveryInterface(port)) continue;
      const matched = sensitivePortsIn(port.target);
      if (matched.length === 0) continue;
      const risk = highestRisk(matched);
      yield {
        messageId: 'exposed',
        data: serviceData(view, { ports: describe(matched) }),
        path: port.path,
        // Only a departure from the rule default is stated, so a configured severity still applies otherwise.
        ...(risk === 'medium' ? {} : { severity: risk }),
      };
    }
  },
});
