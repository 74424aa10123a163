import path from 'node:path';

export type InputKind = 'dockerfile' | 'yaml';

const dockerfileName =
  /^(?:docker|container)file$|^(?:docker|container)file[._-]|[._-](?:docker|container)file$|\.(?:docker|container)file$/i;
const yamlExtension = /\.(?:ya?ml|json)$/i;

/** Kind by file name alone; undefined means "not a file Bulwark reads" during a folder walk. */
export function kindByName(file: string): InputKind | undefined {
  const base = path.basename(file);
  if (dockerfileName.test(base)) return 'dockerfile';
  if (yamlExtension.test(base)) return 'yaml';
  return undefined;
}

const dockerfileStart = /^\s*(?:FROM|ARG)\s+\S/i;

/** For stdin and files named explicitly with an unknown name: a Dockerfile starts with FROM or ARG after comments. */
export function kindByContent(text: string): InputKind {
  for (const line of text.split('\n', 200)) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    return dockerfileStart.test(trimmed) ? 'dockerfile' : 'yaml';
  }
  return 'yaml';
}
