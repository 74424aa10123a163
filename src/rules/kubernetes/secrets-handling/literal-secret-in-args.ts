import type { FieldPath } from '../../../core/index.js';
import { findSecret, findSecretInValue, isSecretLikeName, maskSecret } from '../../../secrets/index.js';
import { workloadKinds } from '../../../sources/index.js';
import { defineRule } from '../../define-rule.js';

interface FoundArgument {
  index: number;
  name: string;
  description: string;
  masked: string;
  by: 'value' | 'key-name';
}

const flagWithValue = /^--?([A-Za-z][\w.-]*)=(.+)$/s;
const bareFlag = /^--?([A-Za-z][\w.-]*)$/;

function unquote(text: string): string {
  return text.replace(/^["']|["']$/g, '');
}

interface Hit {
  name: string;
  value: string;
  description: string;
  by: 'value' | 'key-name';
}

/** `--password=…`, or a credential recognised by its shape. */
function judgeWord(word: string): Hit | undefined {
  const text = unquote(word);
  const withValue = flagWithValue.exec(text);
  if (withValue !== null) {
    const name = withValue[1] ?? '';
    const value = unquote(withValue[2] ?? '');
    const match = findSecret(name, value);
    return match === undefined
      ? undefined
      : { name: `--${name}`, value, description: match.description, by: match.by };
  }
  const byValue = findSecretInValue(text);
  return byValue === undefined
    ? undefined
    : { name: 'a value', value: text, description: byValue.description, by: 'value' };
}

/** `--password` followed by its value, as a word pair. */
function judgePair(flagWord: string, valueWord: string | undefined): Hit | undefined {
  const flag = bareFlag.exec(unquote(flagWord.trim()));
  const name = flag?.[1];
  if (name === undefined || valueWord === undefined || !isSecretLikeName(name)) return undefined;
  const value = unquote(valueWord.trim());
  if (value.startsWith('-')) return undefined;
  const match = findSecret(name, value);
  return match === undefined
    ? undefined
    : { name: `--${name}`, value, description: match.description, by: match.by };
}

/** A shell script (`sh -c '…'`) is judged word by word. */
function judgeScript(script: string): Hit | undefined {
  const words = script.split(/\s+/).filter((word) => word !== '');
  for (const [position, word] of words.entries()) {
    const hit = judgePair(word, words[position + 1]) ?? judgeWord(word);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

function findInArguments(list: readonly string[]): FoundArgument[] {
  const found: FoundArgument[] = [];
  const add = (index: number, hit: Hit | undefined) => {
    if (hit === undefined || found.some((entry) => entry.index === index)) return;
    found.push({
      index,
      name: hit.name,
      description: hit.description,
      masked: maskSecret(hit.value),
      by: hit.by,
    });
  };
  for (const [index, argument] of list.entries()) {
    const pair = judgePair(argument, list[index + 1]);
    if (pair !== undefined) add(index + 1, pair);
    else add(index, /\s/.test(argument.trim()) ? judgeScript(argument) : judgeWord(argument.trim()));
  }
  return found;
}

export const literalSecretInArgs = defineRule({
  id: 'KN021',
  slug: 'literal-secret-in-args',
  title: 'Secret written into a container’s command or arguments',
  severity: 'high',
  domain: 'kubernetes-network',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  rationale:
    'A credential in `command` or `args` (`--password=…`, a token, a connection string with a password) is stored ' +
    'in the repository and the workload object, and is visible to everyone who can list pods or processes on the ' +
    'node (`ps`, `/proc/*/cmdline`). KW037 reports literal values in `env`; this rule covers the command line. ' +
    'Values taken from the environment (`$(DB_PASSWORD)`), files and placeholders are not reported.',
  remediation:
    'Deliver the credential as a file or an environment variable from a Secret (`secretKeyRef`), created by ' +
    'External Secrets, Sealed Secrets, the Secrets Store CSI driver or Vault agent injection; pass the file path or ' +
    '`$(VAR)` on the command line, and rotate the exposed value.',
  references: {
    mitre: ['T1552.001'],
    urls: ['https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/'],
  },
  messages: {
    secretValue: 'container "{{container}}" passes a {{description}} in its {{field}} ({{masked}})',
    secretName: 'container "{{container}}" passes {{name}} a literal value in its {{field}} ({{masked}})',
  },
  *check(view) {
    for (const entry of view.containers)
      for (const field of ['command', 'args'] as const) {
        const list = entry.container[field] ?? [];
        for (const found of findInArguments(list)) {
          const path: FieldPath = [...entry.path, field, found.index];
          yield {
            messageId: found.by === 'value' ? 'secretValue' : 'secretName',
            data: {
              container: entry.name,
              name: found.name,
              field: field === 'command' ? 'command' : 'arguments',
              description: found.description,
              masked: found.masked,
            },
            path,
          };
        }
      }
  },
});
