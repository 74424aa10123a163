import type { ComposePortView } from '../../../sources/index.js';

export type PortRisk = 'critical' | 'high' | 'medium';

export interface SensitivePort {
  port: number;
  what: string;
  /**
   * `high`: no authentication by default, weak authentication (VNC passwords stop at 8 characters) or a debugger
   * (code execution); `critical`: the Docker API.
   */
  risk: PortRisk;
}

/**
 * Database, remote-administration, control-plane and debugger ports that should never face every network the host
 * is on. Ambiguous
 * ports (9000: php-fpm, MinIO, Portainer, ClickHouse; 8080, 5000, 8123) are left out to avoid guessing.
 */
export const sensitivePorts: readonly SensitivePort[] = [
  { port: 22, what: 'SSH', risk: 'medium' },
  { port: 1433, what: 'SQL Server', risk: 'medium' },
  { port: 1521, what: 'Oracle Database', risk: 'medium' },
  { port: 2181, what: 'ZooKeeper', risk: 'high' },
  { port: 2375, what: 'Docker Engine API without TLS', risk: 'critical' },
  { port: 2376, what: 'Docker Engine API', risk: 'medium' },
  { port: 2379, what: 'etcd client API', risk: 'high' },
  { port: 2380, what: 'etcd peer API', risk: 'high' },
  { port: 3306, what: 'MySQL/MariaDB', risk: 'medium' },
  { port: 3389, what: 'RDP remote desktop', risk: 'medium' },
  { port: 5005, what: 'Java debugger (JDWP)', risk: 'high' },
  { port: 5432, what: 'PostgreSQL', risk: 'medium' },
  { port: 5601, what: 'Kibana', risk: 'medium' },
  { port: 5672, what: 'RabbitMQ AMQP', risk: 'medium' },
  { port: 5678, what: 'Python debugger (debugpy)', risk: 'high' },
  { port: 5900, what: 'VNC remote desktop', risk: 'high' },
  { port: 5901, what: 'VNC remote desktop, display 1', risk: 'high' },
  { port: 5984, what: 'CouchDB', risk: 'medium' },
  { port: 6379, what: 'Redis', risk: 'high' },
  { port: 6443, what: 'Kubernetes API server', risk: 'medium' },
  { port: 7474, what: 'Neo4j HTTP', risk: 'medium' },
  { port: 7687, what: 'Neo4j Bolt', risk: 'medium' },
  { port: 8086, what: 'InfluxDB', risk: 'medium' },
  { port: 8500, what: 'Consul HTTP API', risk: 'high' },
  { port: 8529, what: 'ArangoDB', risk: 'medium' },
  { port: 9042, what: 'Cassandra CQL', risk: 'high' },
  { port: 9092, what: 'Kafka', risk: 'high' },
  { port: 9200, what: 'Elasticsearch/OpenSearch HTTP', risk: 'high' },
  { port: 9229, what: 'Node.js inspector', risk: 'high' },
  { port: 9300, what: 'Elasticsearch transport', risk: 'high' },
  { port: 10250, what: 'kubelet API', risk: 'high' },
  { port: 10255, what: 'kubelet read-only API', risk: 'medium' },
  { port: 11211, what: 'Memcached', risk: 'high' },
  { port: 15672, what: 'RabbitMQ management', risk: 'medium' },
  { port: 26257, what: 'CockroachDB', risk: 'medium' },
  { port: 27017, what: 'MongoDB', risk: 'high' },
];

const range = /^(?<from>\d+)(?:-(?<to>\d+))?$/;

/** The sensitive ports a container port or range (`6379`, `6379-6380`) covers, in port order. */
export function sensitivePortsIn(target: string): SensitivePort[] {
  const groups = range.exec(target.trim())?.groups;
  if (groups === undefined) return [];
  const from = Number(groups['from']);
  const to = groups['to'] === undefined ? from : Number(groups['to']);
  return sensitivePorts.filter((entry) => entry.port >= from && entry.port <= to);
}

const everyInterface = new Set(['', '0.0.0.0', '::', '[::]']);

/** No host IP (Docker's default) or an explicit wildcard: reachable on every interface, past host firewalls. */
export function isOnEveryInterface(port: ComposePortView): boolean {
  return port.hostIp === undefined || everyInterface.has(port.hostIp.trim());
}
