/**
 * A fake of Cloudcraft's AWS-account API for the registration script's tests, on a loopback port:
 * Bearer authentication, accounts kept in memory, `GET /aws/account` and `POST /aws/account` as
 * Cloudcraft documents them, 429 (with Retry-After) past its rate limit, and one 500 on demand.
 * https://docs.datadoghq.com/cloudcraft/api/aws-accounts/
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An account as Cloudcraft lists it. */
export interface CloudcraftAccount {
  id: string;
  name: string;
  roleArn: string;
  externalId: string;
  region: string;
  createdAt: string;
  updatedAt: string;
  CreatorId: string;
}

/** One request the fake answered. */
export interface LoggedRequest {
  method: string;
  path: string;
  status: number;
  at: number;
}

/** How the fake behaves. */
export interface FakeApiOptions {
  apiKey: string;
  /** At most this many requests per window (Cloudcraft: 20 per 10 s). */
  limit?: { requests: number; seconds: number };
  /** Answer the POSTs with these one-based numbers with a 500, once each. */
  failPosts?: number[];
  /** Accounts Cloudcraft already has. */
  accounts?: Pick<CloudcraftAccount, 'name' | 'roleArn'>[];
  /** Role ARNs Cloudcraft cannot verify: their POST always answers 400. */
  unverifiable?: string[];
}

/** A running fake. */
export interface FakeApi {
  url: string;
  accounts: CloudcraftAccount[];
  log: LoggedRequest[];
  stop: () => Promise<void>;
}

const ROLE_ARN = /^arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@-]{1,64}$/;

function account(name: string, roleArn: string, region = 'us-east-1'): CloudcraftAccount {
  const now = new Date().toISOString();
  return {
    id: randomUUID(),
    name,
    roleArn,
    externalId: 'fake-external-id',
    region,
    createdAt: now,
    updatedAt: now,
    CreatorId: 'fake-user',
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, body: unknown, headers = {}): void {
  response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

/** Reads a POST body as Cloudcraft requires it, or says what is wrong. */
function readNewAccount(text: string): { name: string; roleArn: string; region: string } | string {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return 'the body is not JSON';
  }
  const { name, roleArn, region } = (body ?? {}) as Record<string, unknown>;
  if (typeof name !== 'string' || name === '') return 'name must be a non-empty string';
  if (typeof roleArn !== 'string' || !ROLE_ARN.test(roleArn)) return 'roleArn is not a role ARN';
  if (typeof region !== 'string' || region === '') return 'region must be a string';
  return { name, roleArn, region };
}

/** Starts the fake on 127.0.0.1 and a free port. */
export async function startFakeCloudcraftApi(options: FakeApiOptions): Promise<FakeApi> {
  const limit = options.limit ?? { requests: 20, seconds: 10 };
  const failPosts = new Set(options.failPosts ?? []);
  const accounts = (options.accounts ?? []).map((a) => account(a.name, a.roleArn));
  const log: LoggedRequest[] = [];
  let posts = 0;

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<number> => {
    const now = Date.now();
    const recent = log.filter((r) => r.status !== 429 && now - r.at < limit.seconds * 1000);
    if (recent.length >= limit.requests) {
      const wait = Math.ceil((recent[0]!.at + limit.seconds * 1000 - now) / 1000);
      send(response, 429, { error: 'Too many requests' }, { 'Retry-After': String(wait) });
      return 429;
    }
    if (request.headers.authorization !== `Bearer ${options.apiKey}`) {
      send(response, 401, { error: 'Unauthorized' });
      return 401;
    }
    const path = (request.url ?? '').split('?')[0];
    if (path === '/aws/account' && request.method === 'GET') {
      send(response, 200, { accounts });
      return 200;
    }
    if (path === '/aws/account' && request.method === 'POST') {
      posts += 1;
      if (failPosts.delete(posts)) {
        send(response, 500, { error: 'Internal server error' });
        return 500;
      }
      const body = readNewAccount(await readBody(request));
      if (typeof body === 'string') {
        send(response, 400, { error: body });
        return 400;
      }
      if (options.unverifiable?.includes(body.roleArn)) {
        send(response, 400, { error: 'Cloudcraft could not assume the role' });
        return 400;
      }
      if (accounts.some((a) => a.roleArn === body.roleArn)) {
        send(response, 409, { error: 'This role is already added' });
        return 409;
      }
      const added = account(body.name, body.roleArn, body.region);
      accounts.push(added);
      send(response, 201, added);
      return 201;
    }
    send(response, 404, { error: 'Not found' });
    return 404;
  };

  const server = createServer((request, response) => {
    const at = Date.now();
    handle(request, response).then(
      (status) => log.push({ method: request.method ?? '', path: request.url ?? '', status, at }),
      () => send(response, 500, { error: 'fake failed' }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    accounts,
    log,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
