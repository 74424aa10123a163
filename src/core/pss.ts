import type { KubernetesVersion } from './kubernetes-version.js';

export const pssLevels = ['privileged', 'baseline', 'restricted'] as const;
export type PssLevel = (typeof pssLevels)[number];
export type PssCheckLevel = Exclude<PssLevel, 'privileged'>;

export function isPssLevel(value: string): value is PssLevel {
  return (pssLevels as readonly string[]).includes(value);
}

/**
 * How Pod Security is judged for one resource. `level: 'all'` runs every check (the default without `--pss`);
 * otherwise only checks at or below the level run, exactly as Pod Security Admission would for that version.
 */
export interface PssEvaluation {
  level: PssLevel | 'all';
  version: KubernetesVersion;
  /** Where the level came from, shown in messages: the CLI, the config, or a Namespace label. */
  origin: 'default' | 'cli' | 'config' | 'namespace-label';
}

export function pssCheckApplies(evaluation: PssEvaluation, checkLevel: PssCheckLevel): boolean {
  if (evaluation.level === 'all') return true;
  if (evaluation.level === 'privileged') return false;
  return evaluation.level === 'restricted' || checkLevel === 'baseline';
}
