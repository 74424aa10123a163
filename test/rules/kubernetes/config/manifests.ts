/** The line of the `command:` key in a `staticPod` manifest: where missing flags are reported. */
export const commandLine = 10;

/** The line of the flag at `index` (0-based) in a `staticPod` manifest. */
export function flagLine(index: number): number {
  return 12 + index;
}

/** A kubeadm-style static pod running `component` with `flags` after the binary, one command item each. */
export function staticPod(component: string, flags: readonly string[]): string {
  return [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    `  name: ${component}`,
    '  namespace: kube-system',
    'spec:',
    '  containers:',
    `  - name: ${component}`,
    `    image: registry.k8s.io/${component}:v1.30.2`,
    '    command:',
    `    - ${component}`,
    ...flags.map((flag) => `    - ${JSON.stringify(flag)}`),
    '',
  ].join('\n');
}

/** A YAML document of `kind` with `body` (already indented YAML) under it. */
export function configFile(apiVersion: string, kind: string, body: string): string {
  return `apiVersion: ${apiVersion}\nkind: ${kind}\n${body}${body.endsWith('\n') || body === '' ? '' : '\n'}`;
}

export function kubeletConfig(body: string): string {
  return configFile('kubelet.config.k8s.io/v1beta1', 'KubeletConfiguration', body);
}
