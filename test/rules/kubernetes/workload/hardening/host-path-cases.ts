/** A pod spec snippet with one hostPath volume per path (`host-0`, `host-1`, …) and no volume mounts. */
export function withHostPaths(...paths: string[]): string {
  const lines = ['containers:', '  - name: app', 'volumes:'];
  for (const [index, path] of paths.entries())
    lines.push(`  - name: host-${index}`, '    hostPath:', `      path: ${path}`);
  return lines.join('\n');
}

/**
 * The same volumes, each mounted by an init container and the app container with the given readOnly values (true
 * where none is given). The first volume's path is on line 10 + 6 × paths, each further one 3 lines down.
 */
export function withMountedHostPaths(readOnly: readonly boolean[], ...paths: string[]): string {
  const mounts = (container: string): string[] => [
    `  - name: ${container}`,
    '    volumeMounts:',
    ...paths.flatMap((_, index) => [
      `      - name: host-${index}`,
      `        mountPath: /host/${index}`,
      `        readOnly: ${String(readOnly[index] ?? true)}`,
    ]),
  ];
  const volumes = withHostPaths(...paths)
    .split('\n')
    .slice(2);
  return ['initContainers:', ...mounts('init'), 'containers:', ...mounts('app'), ...volumes].join('\n');
}
