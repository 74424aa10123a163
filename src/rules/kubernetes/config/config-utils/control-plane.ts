import { z } from 'zod';
import type { FieldPath } from '../../../../core/index.js';
import type { KubernetesObjectView } from '../../../../sources/index.js';
import type { FlagSet, ParsedFlag } from './flags.js';
import { commandTokens, parseFlags } from './flags.js';

export const controlPlaneComponents = [
  'kube-apiserver',
  'kube-controller-manager',
  'kube-scheduler',
  'etcd',
] as const;
export type ControlPlaneComponent = (typeof controlPlaneComponents)[number];

/** One control-plane binary running in a (static) Pod's container, with the flags it was given. */
export interface ControlPlaneProcess {
  component: ControlPlaneComponent;
  container: string;
  flags: FlagSet;
  /** The command or args list that holds the flags: where a missing flag is reported. */
  listPath: FieldPath;
  /** Where one flag was written: its command/args item. */
  pathOf(flag: ParsedFlag): FieldPath;
}

// A wrong type here is a Pod the API server would refuse; such a container is simply not judged.
const Strings = z.array(z.string()).nullish().catch(undefined);
const StaticPod = z.looseObject({
  spec: z
    .looseObject({
      containers: z
        .array(
          z.looseObject({
            name: z.string().optional().catch(undefined),
            image: z.string().nullish().catch(undefined),
            command: Strings,
            args: Strings,
          }),
        )
        .nullish()
        .catch(undefined),
    })
    .nullish()
    .catch(undefined),
});

function componentNamed(word: string): ControlPlaneComponent | undefined {
  const base = word.split('/').pop() ?? '';
  return controlPlaneComponents.find((component) => component === base);
}

/** `registry.k8s.io/kube-apiserver:v1.30.2` → kube-apiserver, for containers that rely on the image entrypoint. */
function componentOfImage(image: string | null | undefined): ControlPlaneComponent | undefined {
  const repository = (image ?? '').split('@')[0]?.replace(/:[^/:]*$/, '') ?? '';
  return componentNamed(repository);
}

/** The control-plane processes of a Pod; empty for any other object. */
export function controlPlaneProcesses(view: KubernetesObjectView): ControlPlaneProcess[] {
  if (view.resource.kind !== 'Pod') return [];
  const containers = StaticPod.safeParse(view.object).data?.spec?.containers ?? [];
  const processes: ControlPlaneProcess[] = [];
  for (const [containerIndex, container] of containers.entries()) {
    const tokens = commandTokens(container.command, container.args);
    const binaryAt = tokens.findIndex(
      (token) => token.startsCommand && componentNamed(token.text) !== undefined,
    );
    const binary = tokens[binaryAt];
    // Without the binary in the command line, only flags passed to the image's own entrypoint identify it.
    const entrypointFlags = !container.command && (container.args ?? []).some((arg) => arg.startsWith('-'));
    const component = binary
      ? componentNamed(binary.text)
      : entrypointFlags
        ? componentOfImage(container.image)
        : undefined;
    if (component === undefined) continue;
    const containerPath: FieldPath = ['spec', 'containers', containerIndex];
    const listField = binary?.field ?? (container.args ? 'args' : 'command');
    processes.push({
      component,
      container: container.name ?? component,
      flags: parseFlags(tokens.slice(binaryAt + 1)),
      listPath: [...containerPath, listField],
      pathOf: (flag) => [...containerPath, flag.field, flag.index],
    });
  }
  return processes;
}

/** The processes of one component, for rules that judge a single binary. */
export function processesOf(
  view: KubernetesObjectView,
  ...components: readonly ControlPlaneComponent[]
): ControlPlaneProcess[] {
  return controlPlaneProcesses(view).filter((instance) => components.includes(instance.component));
}
