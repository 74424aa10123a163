export type CorpusKind = 'kubernetes' | 'dockerfile' | 'compose';

export interface CorpusFile {
  /** Relative to the corpus root, `/`-separated. */
  path: string;
  text: string;
  kind: CorpusKind;
  /** What the file holds: Kubernetes objects (List items counted one by one), compose services, Dockerfile stages. */
  units: number;
}
