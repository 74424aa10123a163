import type { IndexedInput } from '../scan/index-files.js';
import { indexJobs } from '../scan/index-files.js';

/** A manifest file's text, named as reports show it. */
export interface InputText {
  display: string;
  text: string;
}

/** The cluster index of manifests already in memory (tests, the benchmark); each text is read as YAML or JSON. */
export function indexTexts(inputs: readonly InputText[]): IndexedInput {
  return indexJobs(
    inputs.map((input) => ({
      display: input.display,
      identityPath: input.display,
      kind: 'yaml',
      text: input.text,
    })),
  );
}
