import type { TypedDocumentString } from '../generated/graphql';
import { credentialHeaders, type Credentials } from '../shared/credentials';
import { describeProblem, problemFromAnswer, problemFromLogin } from './problems';

interface GraphQLAnswer<TResult> {
  data?: TResult | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    throw describeProblem('unreachable');
  }
}

/** Runs one of the page's typed documents on POST /graphql with the user's headers. */
export async function runDocument<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  credentials: Credentials,
  variables?: TVariables,
): Promise<TResult> {
  const response = await send('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...credentialHeaders(credentials) },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const answer = (await response.json().catch(() => ({}))) as GraphQLAnswer<TResult>;
  if (!response.ok || answer.errors?.length || !answer.data) throw problemFromAnswer(response, answer.errors?.[0]?.extensions);
  return answer.data;
}

/** A JSON answer's object, or nothing to read when it is none. */
function errorBody(text: string): Record<string, unknown> {
  try {
    const parsed = JSON.parse(text) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * Download Info's file: the snapshot on screen as Rocket.Chat's statistics object, two-space
 * indented, from /workspace/download/:id (src/web/download-info.ts).
 */
export async function fetchDownloadInfo(snapshotId: string, credentials: Credentials): Promise<string> {
  const response = await send(`/workspace/download/${encodeURIComponent(snapshotId)}`, {
    headers: { accept: 'application/json', ...credentialHeaders(credentials) },
  });
  const text = await response.text();
  if (!response.ok) throw problemFromAnswer(response, errorBody(text));
  return text;
}

/** A user name (or e-mail) and password, and the TOTP code when the user has two-factor authentication. */
export interface PasswordLogin {
  user: string;
  password: string;
  code?: string;
}

/**
 * POST /api/v1/login: the gateway checks the password against Rocket.Chat's users and answers a
 * login token of its own, which the page then uses exactly as a token typed in.
 */
export async function logIn({ user, password, code }: PasswordLogin): Promise<Credentials> {
  const response = await send('/api/v1/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(code ? { user, password, code } : { user, password }),
  });
  const text = await response.text();
  if (!response.ok) throw problemFromLogin(response, errorBody(text));
  const data = (errorBody(text) as { data?: Partial<Credentials> }).data;
  if (typeof data?.userId !== 'string' || typeof data.authToken !== 'string') throw describeProblem('unexpected', { status: response.status });
  return { userId: data.userId, authToken: data.authToken };
}
