import path from 'node:path';

/** `script`: a shell script, Makefile or Jenkinsfile, read only for `docker run` lines. */
export type InputKind = 'dockerfile' | 'yaml' | 'daemon-json' | 'script';

const dockerfileName =
  /^(?:docker|container)file$|^(?:docker|container)file[._-]|[._-](?:docker|container)file$|\.(?:docker|container)file$/i;
const yamlExtension = /\.(?:ya?ml|json)$/i;
const scriptName = /\.(?:sh|bash)$|^(?:GNUmakefile|makefile|Makefile)$|\.mk$|^Jenkinsfile$|\.jenkinsfile$/;

// `Dockerfile.dockerignore`, `dockerfile.md`, `Dockerfile.j2`: named after a Dockerfile, but not one.
const notADockerfile =
  /\.(?:dockerignore|md|markdown|txt|rst|adoc|json|ya?ml|toml|sh|bash|ps1|py|js|ts|go|j2|jinja2?|tpl|tmpl|template|bak|orig|swp|lock|log|html|xml|cfg|ini|conf|env|diff|patch)$/i;

/** Kind by file name alone; undefined means "not a file Bulwark reads" during a folder walk. */
export function kindByName(file: string): InputKind | undefined {
  const base = path.basename(file);
  if (dockerfileName.test(base) && !notADockerfile.test(base)) return 'dockerfile';
  if (base === 'daemon.json') return 'daemon-json';
  if (yamlExtension.test(base)) return 'yaml';
  if (scriptName.test(base)) return 'script';
  return undefined;
}

const dockerfileStart = /^\s*(?:FROM|ARG)\s+\S/i;
const shellShebang = /^#!\s*\/(?:usr\/)?bin\/(?:env\s+)?(?:ba|da|k|z)?sh\b/;

/**
 * For stdin and files named explicitly with an unknown name: a `sh`/`bash` shebang makes a shell script, and a
 * Dockerfile starts with FROM or ARG after comments.
 */
export function kindByContent(text: string): InputKind {
  // Only a file named explicitly (or stdin) is sniffed: a folder walk never opens a file its name does not claim.
  if (shellShebang.test(text)) return 'script';
  for (const line of text.split('\n', 200)) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    return dockerfileStart.test(trimmed) ? 'dockerfile' : 'yaml';
  }
  return 'yaml';
}

const manifestMarker = /"(?:apiVersion|kind|services)"\s*:/;

/** Found in a folder walk, a JSON file is read only if it could be a manifest or compose file (not package-lock). */
export function jsonWorthScanning(file: string, text: string): boolean {
  if (kindByName(file) === 'daemon-json') return true;
  return !file.toLowerCase().endsWith('.json') || manifestMarker.test(text);
}
