import ignore from 'ignore';
import type { Finding, Registry, ReportError, Severity } from '../../core/index.js';
import type { AnyRule } from '../../rules/index.js';
import { createClusterIndexCollector } from '../../rules/kubernetes/cluster-utils/collect.js';
import type { Config } from '../config/schema.js';
import { evaluateFile } from '../scan/evaluate.js';
import { indexSourceOf } from '../scan/index-source.js';
import type { NamespacePolicy, PssSettings } from '../scan/pss-context.js';
import { namespacePolicies } from '../scan/pss-context.js';
import type { RuleSelection } from '../scan/select-rules.js';
import { selectRules } from '../scan/select-rules.js';
import type { SuppressionInputs } from '../scan/suppress.js';
import type { ScanUnit } from '../scan/units.js';
import { objectUnit } from './object-unit.js';
import type { ClusterObject } from './objects.js';
import { ownedObjectFilter } from './objects.js';

export interface JudgeSettings {
  config: Config;
  pss: PssSettings;
  selection: RuleSelection;
  severities?: readonly Severity[];
  /** `--namespace`: only objects of this namespace (and the Namespace itself) are judged; all are indexed. */
  namespace?: string;
  /** Today as YYYY-MM-DD, for suppression expiry. */
  today: string;
}

export interface Judgement {
  findings: Finding[];
  errors: ReportError[];
  unknownRuleIds: string[];
  /** Objects judged (owned ones are judged through their owner). */
  judged: number;
  /** Ids of the rules that judged something, sorted. */
  judgedRuleIds: string[];
}

interface Prepared {
  object: ClusterObject;
  unit: ScanUnit;
}

function suppressionFor(settings: JudgeSettings, file: string): SuppressionInputs {
  return {
    directives: [],
    exceptions: settings.config.exceptions,
    // An exception's `path` pattern matches the `KIND/NAMESPACE/NAME` a cluster object is reported under.
    exceptionCoversFile: (exception) =>
      exception.path === undefined || ignore().add(exception.path).ignores(file),
    today: settings.today,
  };
}

function inScope(object: ClusterObject, namespace: string | undefined): boolean {
  if (namespace === undefined) return true;
  if (object.kind === 'Namespace') return object.name === namespace;
  return object.namespace === namespace;
}

/**
 * Builds every object's unit once: each goes into the index, and only those to be judged are kept, so the units of
 * the many owned objects (a Deployment's Pods) are dropped as soon as they are indexed.
 */
function prepare(objects: readonly ClusterObject[], namespace: string | undefined, errors: ReportError[]) {
  const owned = ownedObjectFilter(objects);
  const collector = createClusterIndexCollector();
  const namespaces = new Map<string, NamespacePolicy>();
  const judged: Prepared[] = [];
  for (const object of objects) {
    const built = objectUnit(object);
    for (const error of built.errors) errors.push({ file: object.file, ...error });
    const unit = built.unit;
    if (unit === undefined) continue;
    const source = indexSourceOf(unit);
    if (source !== undefined)
      for (const error of collector.add(source)) errors.push({ file: object.file, ...error });
    if (object.kind === 'Namespace')
      for (const [name, policy] of namespacePolicies([unit])) namespaces.set(name, policy);
    if (!owned(object) && inScope(object, namespace)) judged.push({ object, unit });
  }
  return { judged, namespaces, cluster: collector.build() };
}

/**
 * Runs the scan's rules on cluster objects: every object goes into the cluster index (RBAC and reachability see
 * all), and each object not owned by another one in the input is judged with the whole index, as a scan judges
 * its manifests. Findings are in `KIND/NAMESPACE/NAME` at the line kubectl would print the field on.
 */
export function judgeObjects(
  objects: readonly ClusterObject[],
  settings: JudgeSettings,
  registry: Registry<AnyRule>,
): Judgement {
  const { rules, unknownIds } = selectRules(registry, settings.selection, settings.config);
  const errors: ReportError[] = [];
  const prepared = prepare(objects, settings.namespace, errors);
  const evaluation = {
    pss: settings.pss,
    namespaces: prepared.namespaces,
    trustedRegistries: settings.config.trustedRegistries,
    cluster: prepared.cluster,
  };
  const findings: Finding[] = [];
  const judgedRules = new Set<string>();
  let judged = 0;
  for (const { object, unit } of prepared.judged) {
    judged += 1;
    const file = object.file;
    const result = evaluateFile(
      file,
      { units: [unit], errors: [], directives: [] },
      rules,
      evaluation,
      suppressionFor(settings, file),
    );
    findings.push(...result.findings);
    errors.push(...result.errors);
    for (const id of result.judged) judgedRules.add(id);
  }
  const wanted = settings.severities;
  return {
    findings:
      wanted === undefined || wanted.length === 0
        ? findings
        : findings.filter((finding) => wanted.includes(finding.severity)),
    errors,
    unknownRuleIds: unknownIds,
    judged,
    judgedRuleIds: [...judgedRules].sort(),
  };
}
