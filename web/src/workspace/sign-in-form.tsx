import { useState, type FormEvent } from 'react';
import type { Credentials } from './credentials';
import type { GatewayProblem } from './problems';

export function SignInForm({ onSignIn, problem, busy }: { onSignIn(credentials: Credentials): void; problem?: GatewayProblem; busy: boolean }) {
  const [userId, setUserId] = useState('');
  const [authToken, setAuthToken] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSignIn({ userId: userId.trim(), authToken: authToken.trim() });
  };
  return (
    <form className="card sign-in" onSubmit={submit} data-testid="sign-in-form">
      <h2>Sign in</h2>
      <p className="muted">
        Use the user ID and a login or personal access token of a Rocket.Chat user with the view-statistics permission (Account &gt; Personal Access Tokens).
        They are kept in this tab only.
      </p>
      <label>
        User ID
        <input
          name="userId"
          autoComplete="username"
          required
          value={userId}
          onChange={(event) => setUserId(event.target.value)}
          data-testid="sign-in-user-id"
        />
      </label>
      <label>
        Token
        <input
          name="authToken"
          type="password"
          autoComplete="current-password"
          required
          value={authToken}
          onChange={(event) => setAuthToken(event.target.value)}
          data-testid="sign-in-token"
        />
      </label>
      {problem && (
        <p className="problem" role="alert" data-testid="problem" data-kind={problem.kind}>
          {problem.message}
        </p>
      )}
      <button type="submit" className="button primary" disabled={busy} data-testid="sign-in-submit">
        {busy ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
