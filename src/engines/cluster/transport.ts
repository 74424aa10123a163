import http from 'node:http';
import https from 'node:https';
import type { ClusterConnection } from './connection.js';
import { errorText } from './connection.js';

export interface ApiResponse {
  status: number;
  body: string;
}

/** One GET against the API server; rejects on a network error or a timeout, resolves on any HTTP answer. */
export type ApiGet = (apiPath: string) => Promise<ApiResponse>;

export class RequestTimeout extends Error {}

/** GETs with the connection's credentials; each request must answer within `timeoutMs`. */
export function createApiGet(connection: ClusterConnection, timeoutMs: number): ApiGet {
  const base = connection.server.replace(/\/+$/, '');
  const client = base.startsWith('https:') ? https : http;
  return (apiPath) =>
    new Promise<ApiResponse>((resolve, reject) => {
      const request = client.get(
        `${base}${apiPath}`,
        { agent: connection.agent, headers: { ...connection.headers, accept: 'application/json' } },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            clearTimeout(timer);
            resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') });
          });
          response.on('error', (error) => {
            clearTimeout(timer);
            reject(error);
          });
        },
      );
      const timer = setTimeout(() => {
        request.destroy(new RequestTimeout(`no answer within ${timeoutMs / 1000} s`));
      }, timeoutMs);
      request.on('error', (error) => {
        clearTimeout(timer);
        reject(error instanceof RequestTimeout ? error : new Error(errorText(error)));
      });
    });
}
