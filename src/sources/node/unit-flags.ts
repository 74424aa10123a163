const flagPattern =
  /(?:^|[\s"'=])--(?<name>[a-z][a-z0-9-]*)(?:=|\s+)(?<value>"[^"]*"|'[^']*'|[^\s"'\\-][^\s"'\\]*)/g;

/**
 * Flags passed to a daemon by a systemd unit or drop-in, in `Environment=` or `ExecStart=` lines alike
 * (`--config=/var/lib/kubelet/config.yaml`, `--kubeconfig /etc/kubernetes/kubelet.conf`). Later lines win, as
 * the last flag wins on a command line. Comments are skipped.
 */
export function unitFlags(text: string): Map<string, string> {
  const flags = new Map<string, string>();
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed.startsWith('#') || trimmed.startsWith(';')) continue;
    for (const match of trimmed.matchAll(flagPattern)) {
      const name = match.groups?.['name'];
      const raw = match.groups?.['value'];
      if (name === undefined || raw === undefined) continue;
      flags.set(name, raw.replace(/^["']|["']$/g, ''));
    }
  }
  return flags;
}
