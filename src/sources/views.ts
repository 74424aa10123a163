import type { Resource } from '../core/index.js';
import type { ComposeServiceView } from './compose/view.js';
import type { DockerContainerView } from './container/view.js';
import type { DockerDaemonView } from './daemon/view.js';
import type { DockerfileView } from './dockerfile/view.js';
import type { ImageView } from './image/view.js';
import type { PodSpecView } from './kubernetes/pod-spec-view.js';
import type { NodeView } from './node/view.js';
import type { KubernetesObject } from './kubernetes/schema.js';

export interface KubernetesObjectView {
  resource: Resource<KubernetesObject>;
  object: KubernetesObject;
}

/** The typed view each rule target receives. */
export interface ViewByTarget {
  dockerfile: DockerfileView;
  'pod-spec': PodSpecView;
  'kubernetes-object': KubernetesObjectView;
  'compose-service': ComposeServiceView;
  image: ImageView;
  'docker-daemon': DockerDaemonView;
  container: DockerContainerView;
  node: NodeView;
}
