/** `0o640` as `0640`, the way `stat -c %a` and chmod write it. */
export function formatMode(mode: number): string {
  return (mode & 0o7777).toString(8).padStart(4, '0');
}

/** The bits set beyond what is allowed; zero means the mode is the allowed one or stricter. */
export function excessBits(mode: number, allowed: number): number {
  return mode & 0o7777 & ~allowed;
}
