import type { TypedDocumentString } from '../generated/graphql';
import { credentialHeaders, type Credentials } from '../shared/credentials';
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

function errorBody(text: string): { code?: unknown; retryAfterSeconds?: unknown } {
  try {
    return (JSON.parse(text) as { code?: unknown } | null) ?? {};
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
