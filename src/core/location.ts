export type FieldPath = readonly (string | number)[];

export interface LayerRef {
  digest: string;
  createdBy?: string;
}

export interface Location {
  file?: string;
  startLine?: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
  /** Field path in dotted form: `spec.template.spec.containers[0].securityContext.privileged`. */
  path?: string;
  layer?: LayerRef;
}

export interface Range {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

const plainKey = /^[A-Za-z_$][\w$-]*$/;

export function formatPath(path: FieldPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (plainKey.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

function compareOptional<T extends string | number>(a: T | undefined, b: T | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return a < b ? -1 : 1;
}

export function compareLocations(a: Location, b: Location): number {
  return (
    compareOptional(a.file, b.file) ||
    compareOptional(a.startLine, b.startLine) ||
    compareOptional(a.startColumn, b.startColumn) ||
    compareOptional(a.layer?.digest, b.layer?.digest) ||
    compareOptional(a.path, b.path)
  );
}
