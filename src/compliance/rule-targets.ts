import type { RuleTarget } from '../core/index.js';

/**
 * Which report target types hold the input a rule of each target judges; a rule counts as having looked at something
 * only when one of these was scanned. `bulwark host` reports the daemon and its running containers as one `daemon`
 * target, and `docker run` lines in scripts and CI files are `script` targets. `daemon` alone cannot tell a host
 * scan from a scanned daemon.json, so container controls may pass on a daemon.json that runs no container.
 */
export const reportTargetsFor: Readonly<Record<RuleTarget, readonly string[]>> = {
  dockerfile: ['dockerfile'],
  'pod-spec': ['kubernetes'],
  'kubernetes-object': ['kubernetes'],
  'compose-service': ['compose'],
  image: ['image'],
  'docker-daemon': ['daemon'],
  container: ['daemon', 'script'],
  node: ['node'],
};
