/*
 * Compose fills `$VAR`, `${VAR}` and their `${VAR:-default}` / `${VAR-default}` / `${VAR:?error}` / `${VAR:+other}`
 * forms from the environment when it starts the stack, and reads `$$` as a literal `$`. Bulwark never sees that
 * environment: it judges a value by its defaults, and anything else stays unknown.
 */

const variableStart = /[A-Za-z_]/;
const withDefault = /^[A-Za-z_]\w*:?-(?<fallback>[\s\S]*)$/;

/** Index of the `}` that closes the `{` at `open`, counting nested braces; -1 when it is never closed. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index += 1) {
    if (text[index] === '{') depth += 1;
    else if (text[index] === '}') {
      depth -= 1;
      if (depth === 0) return index;
    }
  }
  return -1;
}

/**
 * The value Compose would use with every variable unset: each `${VAR:-default}` and `${VAR-default}` becomes its
 * default (nested forms included) and `$$` a `$`. Undefined when any part depends on a variable without a default.
 */
export function resolveDefaults(text: string): string | undefined {
  let out = '';
  let index = 0;
  while (index < text.length) {
    const dollar = text.indexOf('$', index);
    if (dollar < 0) return out + text.slice(index);
    out += text.slice(index, dollar);
    const next = text[dollar + 1] ?? '';
    if (next === '$') {
      out += '$';
      index = dollar + 2;
      continue;
    }
    if (next !== '{') {
      if (variableStart.test(next)) return undefined;
      out += '$';
      index = dollar + 1;
      continue;
    }
    const close = closingBrace(text, dollar + 1);
    if (close < 0) return undefined;
    const fallback = withDefault.exec(text.slice(dollar + 2, close))?.groups?.['fallback'];
    const resolved = fallback === undefined ? undefined : resolveDefaults(fallback);
    if (resolved === undefined) return undefined;
    out += resolved;
    index = close + 1;
  }
  return out;
}

/** Whether Compose would substitute anything in the value (`$$` alone is an escaped dollar, not a variable). */
export function hasInterpolation(text: string): boolean {
  return /\$(?:\{|[A-Za-z_])/.test(text.replaceAll('$$', ''));
}
