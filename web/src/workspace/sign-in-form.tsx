import {
  Box,
  Button,
  Callout,
  Card,
  CardBody,
  Field,
  FieldGroup,
  FieldHint,
  FieldLabel,
  FieldRow,
  PasswordInput,
  Tabs,
  TabsItem,
  TextInput,
} from '@rocket.chat/fuselage';
import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import type { Credentials } from '../shared/credentials';
import type { PasswordLogin } from './gateway-client';
import type { GatewayProblem } from './problems';

export function ProblemCallout({ problem }: { problem: GatewayProblem }) {
  return (
    <Callout type="danger" role="alert" data-testid="problem" data-kind={problem.kind}>
      <span data-testid="problem-message">{problem.message}</span>
    </Callout>
  );
}

type Method = 'password' | 'token';

/** The value of a fuselage input's change event. */
const valueOf = (event: { target: EventTarget }) => (event.target as HTMLInputElement).value;

function TextField({ label, hint, children }: { label: string; hint?: ReactNode; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <Field>
      <FieldLabel htmlFor={id}>{label}</FieldLabel>
      <FieldRow>{children(id)}</FieldRow>
      {hint && <FieldHint>{hint}</FieldHint>}
    </Field>
  );
}

/**
 * Rocket.Chat's login form: user name (or e-mail) and password; the code field appears once the
 * answer says the user has two-factor authentication (or, in 8.x, may have: its refusal says no more).
 */
function PasswordFields({ onLogIn, problem, busy }: { onLogIn(login: PasswordLogin): void; problem?: GatewayProblem; busy: boolean }) {
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [codeAsked, setCodeAsked] = useState(false);
  const askedNow =
    problem?.kind === 'code-required' || problem?.kind === 'wrong-code' || (problem?.kind === 'wrong-password' && problem.message.includes('two-factor'));
  useEffect(() => {
    if (askedNow) setCodeAsked(true);
  }, [askedNow]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onLogIn({ user: user.trim(), password, code: codeAsked ? code.trim() || undefined : undefined });
  };
  return (
    <Box is="form" onSubmit={submit} data-testid="password-sign-in-form" display="flex" flexDirection="column">
      <Box fontScale="p2" color="hint" marginBlockEnd={16}>
        A Rocket.Chat user with the view-statistics permission. The gateway checks the password against Rocket.Chat&rsquo;s users and gives this browser tab a
        token of its own; GraphiQL in this tab uses it too.
      </Box>
      <FieldGroup>
        <TextField label="User name or e-mail">
          {(id) => (
            <TextInput
              id={id}
              name="username"
              autoComplete="username"
              value={user}
              onChange={(event) => setUser(valueOf(event))}
              data-testid="sign-in-username"
            />
          )}
        </TextField>
        <TextField label="Password">
          {(id) => (
            <PasswordInput
              id={id}
              name="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(valueOf(event))}
              data-testid="sign-in-password"
            />
          )}
        </TextField>
        {codeAsked && (
          <TextField label="Two-factor code" hint="The six digits the authenticator app shows for this Rocket.Chat.">
            {(id) => (
              <TextInput
                id={id}
                name="code"
                autoComplete="one-time-code"
                inputMode="numeric"
                autoFocus
                value={code}
                onChange={(event) => setCode(valueOf(event))}
                data-testid="sign-in-code"
              />
            )}
          </TextField>
        )}
      </FieldGroup>
      <SubmitRow problem={problem} busy={busy} ready={!!user.trim() && !!password} />
    </Box>
  );
}

/** A user id and a token (a login or a personal access token), kept in this tab only. */
function TokenFields({ onSignIn, problem, busy }: { onSignIn(credentials: Credentials): void; problem?: GatewayProblem; busy: boolean }) {
  const [userId, setUserId] = useState('');
  const [authToken, setAuthToken] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSignIn({ userId: userId.trim(), authToken: authToken.trim() });
  };
  return (
    <Box is="form" onSubmit={submit} data-testid="token-sign-in-form" display="flex" flexDirection="column">
      <Box fontScale="p2" color="hint" marginBlockEnd={16}>
        The user ID and a login or personal access token (Account › Personal Access Tokens) of a Rocket.Chat user with the view-statistics permission. They are
        kept in this browser tab only, and GraphiQL in this tab uses them too.
      </Box>
      <FieldGroup>
        <TextField label="User ID">
          {(id) => (
            <TextInput
              id={id}
              name="userId"
              autoComplete="username"
              value={userId}
              onChange={(event) => setUserId(valueOf(event))}
              data-testid="sign-in-user-id"
            />
          )}
        </TextField>
        <TextField label="Token" hint={<>X-Auth-Token; the demo prints its admin&rsquo;s at start.</>}>
          {(id) => (
            <PasswordInput
              id={id}
              name="authToken"
              autoComplete="current-password"
              value={authToken}
              onChange={(event) => setAuthToken(valueOf(event))}
              data-testid="sign-in-token"
            />
          )}
        </TextField>
      </FieldGroup>
      <SubmitRow problem={problem} busy={busy} ready={!!userId.trim() && !!authToken.trim()} />
    </Box>
  );
}

function SubmitRow({ problem, busy, ready }: { problem?: GatewayProblem; busy: boolean; ready: boolean }) {
  return (
    <>
      {problem && (
        <Box marginBlockStart={16}>
          <ProblemCallout problem={problem} />
        </Box>
      )}
      <Box marginBlockStart={16} display="flex" justifyContent="flex-end">
        <Button type="submit" variant="primary" loading={busy} disabled={busy || !ready} data-testid="sign-in-submit">
          Sign in
        </Button>
      </Box>
    </>
  );
}

/**
 * Sign-in by user name and password (POST /api/v1/login), or by a user id and token; either way
 * the tab keeps a user id and a token.
 */
export function SignInForm({
  onSignIn,
  onLogIn,
  problem,
  busy,
}: {
  onSignIn(credentials: Credentials): void;
  onLogIn(login: PasswordLogin): void;
  problem?: GatewayProblem;
  busy: boolean;
}) {
  const [method, setMethod] = useState<Method>('password');
  const choose = (chosen: Method) => () => setMethod(chosen);
  return (
    <Box maxWidth="x480" marginInline="auto" width="full" data-testid="sign-in-form">
      <Card>
        <CardBody flexDirection="column">
          <Box is="h2" fontScale="h4" marginBlockEnd={8}>
            Sign in
          </Box>
          <Tabs marginBlockEnd={16}>
            <TabsItem selected={method === 'password'} onClick={choose('password')} data-testid="sign-in-with-password">
              User name and password
            </TabsItem>
            <TabsItem selected={method === 'token'} onClick={choose('token')} data-testid="sign-in-with-token">
              User ID and token
            </TabsItem>
          </Tabs>
          {method === 'password' ? (
            <PasswordFields onLogIn={onLogIn} problem={problem} busy={busy} />
          ) : (
            <TokenFields onSignIn={onSignIn} problem={problem} busy={busy} />
          )}
        </CardBody>
      </Card>
    </Box>
  );
}
