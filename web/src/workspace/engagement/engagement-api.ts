import { credentialHeaders, type Credentials } from '../../shared/credentials';
import { describeProblem, GatewayProblem, problemFromAnswer } from '../problems';

/** Query parameters exactly as Rocket.Chat's EE client sends them: ISO dates, numbers as text. */
export type EngagementParams = Record<string, string | number>;

// The page's usual no-permission words name view-statistics; these endpoints want another one
// (Rocket.Chat's `permissionsRequired: ['view-engagement-dashboard']`).
const noEngagementPermission = new GatewayProblem(
  'no-permission',
  'This user may not see the Engagement Dashboard. Ask an administrator to give one of your roles the “view-engagement-dashboard” permission.',
);

function jsonObject(text: string): Record<string, unknown> {
  try {
    const parsed = JSON.parse(text) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** GET /api/v1/engagement-dashboard/<path> with the signed-in user's headers; a failure becomes a GatewayProblem. */
export async function fetchEngagement<TAnswer>(path: string, params: EngagementParams, credentials: Credentials, signal?: AbortSignal): Promise<TAnswer> {
  const query = new URLSearchParams(Object.entries(params).map(([name, value]) => [name, String(value)]));
  let response: Response;
  try {
    response = await fetch(`/api/v1/engagement-dashboard/${path}?${query}`, {
      headers: { accept: 'application/json', ...credentialHeaders(credentials) },
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw describeProblem('unreachable');
  }
  const body = jsonObject(await response.text());
  if (response.status === 400 && typeof body.error === 'string') {
    // Parameters the gateway refused (Rocket.Chat's Match error, a period too long): its own words.
    throw new GatewayProblem('unexpected', `The server refused the request: ${body.error}`);
  }
  if (!response.ok) {
    const problem = problemFromAnswer(response, body);
    throw problem.kind === 'no-permission' ? noEngagementPermission : problem;
  }
  return body as TAnswer;
}
