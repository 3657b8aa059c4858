import { loadCredentials, saveCredentials } from '../shared/credentials';

/**
 * GraphiQL and the Workspace page share the sign-in of the browser tab (sessionStorage): a request
 * whose headers leave X-User-Id or X-Auth-Token empty gets the tab's, and credentials typed into
 * the Headers pane that the gateway accepted (200, no error) become the tab's, so the Workspace page
 * opens signed in.
 */
export const fetchWithTabSignIn: typeof fetch = async (input, init) => {
  const headers = new Headers(init?.headers);
  const typed = { userId: headers.get('X-User-Id')?.trim() ?? '', authToken: headers.get('X-Auth-Token')?.trim() ?? '' };
  const stored = loadCredentials();
  if ((!typed.userId || !typed.authToken) && stored) {
    headers.set('X-User-Id', stored.userId);
    headers.set('X-Auth-Token', stored.authToken);
  }
  const response = await fetch(input, { ...init, headers });
  const own = typed.userId && typed.authToken && (typed.userId !== stored?.userId || typed.authToken !== stored?.authToken);
  if (own && response.ok) {
    const answer = (await response
      .clone()
      .json()
      .catch(() => undefined)) as { errors?: unknown[] } | undefined;
    if (answer && !answer.errors?.length) saveCredentials({ userId: typed.userId, authToken: typed.authToken });
  }
  return response;
};
