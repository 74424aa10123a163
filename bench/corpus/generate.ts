import { composeFiles } from './compose.js';
import type { CorpusFile } from './corpus-file.js';
import { dockerfiles } from './dockerfiles.js';
import { kubernetesFiles } from './kubernetes-files.js';

export interface CorpusOptions {
  seed: string;
  kubernetesFiles: number;
  dockerfiles: number;
  composeFiles: number;
}

export const defaultCorpusOptions: CorpusOptions = {
  seed: 'bulwark-bench-1',
  kubernetesFiles: 2000,
  dockerfiles: 2000,
  composeFiles: 200,
};

/** The whole corpus in memory, sorted by path; a pure function of the options. */
export function generateCorpus(options: CorpusOptions): CorpusFile[] {
  const files = [
    ...kubernetesFiles(options.seed, options.kubernetesFiles),
    ...dockerfiles(options.seed, options.dockerfiles),
    ...composeFiles(options.seed, options.composeFiles),
  ];
  const seen = new Set<string>();
  for (const file of files) {
    if (seen.has(file.path)) throw new Error(`corpus generator produced ${file.path} twice`);
    seen.add(file.path);
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
