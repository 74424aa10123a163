import { z } from 'zod';
import { parseDocument } from 'yaml';

/** Only what the node inspection needs from the kubelet's config file; everything else is judged by scan rules. */
const KubeletConfigPaths = z.looseObject({
  authentication: z
    .looseObject({ x509: z.looseObject({ clientCAFile: z.string().optional() }).optional() })
    .optional(),
  staticPodPath: z.string().optional(),
});

export interface KubeletConfigPaths {
  clientCAFile?: string;
  staticPodPath?: string;
}

/** The client CA and static pod folder named in a KubeletConfiguration; empty when the text is not YAML. */
export function kubeletConfigPaths(text: string): KubeletConfigPaths {
  const document = parseDocument(text);
  if (document.errors.length > 0) return {};
  const parsed = KubeletConfigPaths.safeParse(document.toJS());
  if (!parsed.success) return {};
  const clientCAFile = parsed.data.authentication?.x509?.clientCAFile;
  const { staticPodPath } = parsed.data;
  return {
    ...(clientCAFile === undefined ? {} : { clientCAFile }),
    ...(staticPodPath === undefined ? {} : { staticPodPath }),
  };
}

const DaemonJsonPaths = z.looseObject({
  tlscacert: z.string().optional(),
  tlscert: z.string().optional(),
  tlskey: z.string().optional(),
  'data-root': z.string().optional(),
});

export interface DaemonJsonPaths {
  tlscacert?: string;
  tlscert?: string;
  tlskey?: string;
  dataRoot?: string;
}

/** The TLS files and data root named in `daemon.json`; empty when it is not a JSON object. */
export function daemonJsonPaths(text: string): DaemonJsonPaths {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {};
  }
  const parsed = DaemonJsonPaths.safeParse(value);
  if (!parsed.success) return {};
  const { tlscacert, tlscert, tlskey } = parsed.data;
  const dataRoot = parsed.data['data-root'];
  return {
    ...(tlscacert === undefined ? {} : { tlscacert }),
    ...(tlscert === undefined ? {} : { tlscert }),
    ...(tlskey === undefined ? {} : { tlskey }),
    ...(dataRoot === undefined ? {} : { dataRoot }),
  };
}
