import type { TypedDocumentString } from '../generated/graphql';
import { credentialHeaders, type Credentials } from './credentials';
import { describeProblem, problemFromAnswer } from './problems';

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

function restErrorBody(text: string): { errorType?: unknown } {
  try {
    return (JSON.parse(text) as { errorType?: unknown } | null) ?? {};
  } catch {
    return {};
  }
}

/** The REST shim's body for GET /api/v1/statistics, as text (Download Info saves it). */
export async function fetchRestStatistics(credentials: Credentials): Promise<string> {
  // no-cache: revalidated (304 when unchanged), so a snapshot just taken by Refresh is never missed.
  const response = await send('/api/v1/statistics', { cache: 'no-cache', headers: { accept: 'application/json', ...credentialHeaders(credentials) } });
  const text = await response.text();
  if (!response.ok) throw problemFromAnswer(response, restErrorBody(text));
  return text;
}
