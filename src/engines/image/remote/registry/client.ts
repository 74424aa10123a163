import { RemoteImageError } from '../errors.js';
import type { RegistryCredentials } from './credentials.js';
import { defaultTimeouts, timedFetch } from './http.js';
import type { HttpTimeouts, TimedResponse } from './http.js';
import { isLoopbackRegistry } from './reference.js';
import type { ImageReference } from './reference.js';
import { RegistryErrors, TokenResponse } from './schema.js';
import { parseWwwAuthenticate } from './www-authenticate.js';
import type { AuthChallenge } from './www-authenticate.js';

export interface RegistryClientOptions {
  /** Plain HTTP even for a registry that is not on this machine's loopback. */
  insecure?: boolean;
  credentials?: RegistryCredentials;
  /** Where the credentials came from, named when the registry refuses them. */
  credentialSource?: string;
  timeouts?: Partial<HttpTimeouts>;
  userAgent?: string;
}

const errorBodyLimit = 64 * 1024;
const tokenBodyLimit = 1024 * 1024;

async function registryMessage(response: TimedResponse): Promise<string> {
  let text: string;
  try {
    text = (await response.bytes(errorBodyLimit)).toString('utf8');
  } catch {
    return '';
  }
  try {
    const parsed = RegistryErrors.safeParse(JSON.parse(text));
    if (parsed.success && parsed.data.errors.length > 0) {
      return parsed.data.errors
        .map((error) =>
          [error.code, error.message].filter((part) => part !== undefined && part !== '').join(': '),
        )
        .join('; ');
    }
  } catch {
    // Not JSON: fall through to the raw text.
  }
  return text.trim().slice(0, 200);
}

function withDetail(message: string, detail: string): string {
  return detail === '' ? message : `${message} (${detail})`;
}

/** Distribution API v2 client for one repository: authentication, retries after a challenge, readable errors. */
export class RegistryClient {
  readonly baseUrl: string;
  private readonly timeouts: HttpTimeouts;
  private authorization: string | undefined;

  constructor(
    readonly reference: ImageReference,
    private readonly options: RegistryClientOptions = {},
  ) {
    const plain = options.insecure === true || isLoopbackRegistry(reference.registry);
    this.baseUrl = `${plain ? 'http' : 'https'}://${reference.registry}`;
    this.timeouts = { ...defaultTimeouts, ...options.timeouts };
  }

  /** `registry/repository`, as messages name it. */
  get name(): string {
    return `${this.reference.registry}/${this.reference.repository}`;
  }

  /**
   * GETs `path` (below `/v2/<repository>/`), answering one authentication challenge. Resolves only with a 2xx
   * response; anything else throws a RemoteImageError that starts with `label`.
   */
  async get(path: string, label: string, accept?: string): Promise<TimedResponse> {
    const url = `${this.baseUrl}/v2/${this.reference.repository}/${path}`;
    let response = await this.send(url, label, accept);
    if (response.status === 401) {
      const challenges = parseWwwAuthenticate(response.headers.get('www-authenticate') ?? '');
      if (this.canAnswer(challenges)) {
        await response.discard();
        await this.authenticate(challenges, label);
        response = await this.send(url, label, accept);
      }
    }
    if (response.status >= 200 && response.status < 300) return response;
    throw await this.failure(response, label);
  }

  private async send(url: string, label: string, accept: string | undefined): Promise<TimedResponse> {
    const headers: Record<string, string> = { 'user-agent': this.options.userAgent ?? 'bulwark' };
    if (accept !== undefined) headers.accept = accept;
    if (this.authorization !== undefined) headers.authorization = this.authorization;
    return timedFetch(url, { headers }, this.timeouts, label);
  }

  private credentialsPhrase(): string {
    const credentials = this.options.credentials;
    if (credentials === undefined) return '';
    const who = credentials.kind === 'basic' ? `user "${credentials.username}"` : 'the identity token';
    const from = this.options.credentialSource === undefined ? '' : ` from ${this.options.credentialSource}`;
    return `${who}${from}`;
  }

  private async failure(response: TimedResponse, label: string): Promise<RemoteImageError> {
    const detail = await registryMessage(response);
    switch (response.status) {
      case 401: {
        const who = this.credentialsPhrase();
        const message =
          who === ''
            ? `${label}: ${this.reference.registry} requires authentication; add credentials to the Docker config.json`
            : `${label}: ${this.reference.registry} refused the credentials of ${who}`;
        return new RemoteImageError(withDetail(message, detail));
      }
      case 403:
        return new RemoteImageError(
          withDetail(`${label}: access denied by ${this.reference.registry}`, detail),
        );
      case 404:
        return new RemoteImageError(withDetail(`${label}: not found on ${this.reference.registry}`, detail));
      default:
        return new RemoteImageError(
          withDetail(`${label}: ${this.reference.registry} answered HTTP ${response.status}`, detail),
        );
    }
  }

  /** A Bearer challenge always can be answered (anonymous tokens exist); Basic only with a user and password. */
  private canAnswer(challenges: readonly AuthChallenge[]): boolean {
    if (
      challenges.some((challenge) => challenge.scheme === 'bearer' && challenge.params.realm !== undefined)
    ) {
      return true;
    }
    const basic = challenges.some((challenge) => challenge.scheme === 'basic');
    return basic && this.options.credentials?.kind === 'basic';
  }

  private async authenticate(challenges: readonly AuthChallenge[], label: string): Promise<void> {
    const bearer = challenges.find(
      (challenge) => challenge.scheme === 'bearer' && challenge.params.realm !== undefined,
    );
    if (bearer !== undefined) {
      this.authorization = `Bearer ${await this.fetchToken(bearer.params, label)}`;
      return;
    }
    const credentials = this.options.credentials;
    if (credentials?.kind === 'basic') {
      const encoded = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
      this.authorization = `Basic ${encoded}`;
    }
  }

  private async fetchToken(params: Readonly<Record<string, string>>, label: string): Promise<string> {
    const realm = params.realm ?? '';
    let url: URL;
    try {
      url = new URL(realm);
    } catch {
      throw new RemoteImageError(`${label}: the registry's token realm "${realm}" is not a URL`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new RemoteImageError(`${label}: the registry's token realm "${realm}" is not an HTTP(S) URL`);
    }
    const scope = params.scope ?? `repository:${this.reference.repository}:pull`;
    const credentials = this.options.credentials;
    const tokenLabel = `${label}: token from ${url.origin}${url.pathname}`;
    let response: TimedResponse;
    if (credentials?.kind === 'identity-token') {
      const form = new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: credentials.token,
        client_id: 'bulwark',
        scope,
        ...(params.service === undefined ? {} : { service: params.service }),
      });
      const headers = { 'content-type': 'application/x-www-form-urlencoded' };
      response = await timedFetch(
        url.href,
        { method: 'POST', headers, body: form.toString() },
        this.timeouts,
        tokenLabel,
      );
    } else {
      if (params.service !== undefined) url.searchParams.set('service', params.service);
      url.searchParams.set('scope', scope);
      const headers: Record<string, string> = {};
      if (credentials?.kind === 'basic') {
        headers.authorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
      }
      response = await timedFetch(url.href, { headers }, this.timeouts, tokenLabel);
    }
    return this.readToken(response, tokenLabel);
  }

  private async readToken(response: TimedResponse, label: string): Promise<string> {
    if (response.status === 401 || response.status === 403) {
      const who = this.credentialsPhrase();
      const detail = await registryMessage(response);
      const refused = who === '' ? 'refused anonymous access' : `refused the credentials of ${who}`;
      throw new RemoteImageError(withDetail(`${label}: the token server ${refused}`, detail));
    }
    if (response.status < 200 || response.status >= 300) {
      const detail = await registryMessage(response);
      throw new RemoteImageError(
        withDetail(`${label}: the token server answered HTTP ${response.status}`, detail),
      );
    }
    const body = await response.bytes(tokenBodyLimit);
    let json: unknown;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch {
      throw new RemoteImageError(`${label}: the token server's answer is not JSON`);
    }
    const parsed = TokenResponse.safeParse(json);
    const token = parsed.success ? (parsed.data.token ?? parsed.data.access_token) : undefined;
    if (token === undefined || token === '') {
      throw new RemoteImageError(`${label}: the token server's answer holds no token`);
    }
    return token;
  }
}
