/** One challenge of a `WWW-Authenticate` header: `Bearer realm="…",service="…",scope="…"` or `Basic realm="…"`. */
export interface AuthChallenge {
  scheme: string;
  params: Readonly<Record<string, string>>;
}

const schemePattern = /^\s*(?<scheme>[A-Za-z][\w-]*)(?:\s+|$)/;
const paramPattern = /^\s*(?<key>[\w-]+)\s*=\s*(?:"(?<quoted>(?:[^"\\]|\\.)*)"|(?<token>[^\s,]*))\s*,?/;

/**
 * Parses the challenges of a `WWW-Authenticate` header (RFC 7235 shape). Quoted values may hold commas, as Bearer
 * scopes do (`scope="repository:app:pull,push"`). The scheme is returned in lower case.
 */
export function parseWwwAuthenticate(header: string): AuthChallenge[] {
  const challenges: AuthChallenge[] = [];
  let rest = header;
  while (rest.trim() !== '') {
    const scheme = schemePattern.exec(rest);
    if (scheme?.groups?.scheme === undefined) break;
    rest = rest.slice(scheme[0].length);
    const params: Record<string, string> = {};
    for (;;) {
      const param = paramPattern.exec(rest);
      // `Basic realm=x, Bearer realm=y`: the parameter pattern stops at `Bearer`, which starts the next challenge.
      if (param?.groups?.key === undefined) break;
      params[param.groups.key.toLowerCase()] = (param.groups.quoted ?? param.groups.token ?? '').replace(
        /\\(.)/g,
        '$1',
      );
      rest = rest.slice(param[0].length);
    }
    challenges.push({ scheme: scheme.groups.scheme.toLowerCase(), params });
    rest = rest.replace(/^\s*,/, '');
  }
  return challenges;
}
