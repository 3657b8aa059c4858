import { Box, Button, Callout, Card, CardBody, Field, FieldGroup, FieldHint, FieldLabel, FieldRow, PasswordInput, TextInput } from '@rocket.chat/fuselage';
import { useId, useState, type FormEvent } from 'react';
import type { Credentials } from '../shared/credentials';
import type { GatewayProblem } from './problems';

export function ProblemCallout({ problem }: { problem: GatewayProblem }) {
  return (
    <Callout type="danger" role="alert" data-testid="problem" data-kind={problem.kind}>
      <span data-testid="problem-message">{problem.message}</span>
    </Callout>
  );
}

/** A user id and a token (a login or a personal access token), kept in this tab only. */
export function SignInForm({ onSignIn, problem, busy }: { onSignIn(credentials: Credentials): void; problem?: GatewayProblem; busy: boolean }) {
  const [userId, setUserId] = useState('');
  const [authToken, setAuthToken] = useState('');
  const [userIdField, tokenField] = [useId(), useId()];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSignIn({ userId: userId.trim(), authToken: authToken.trim() });
  };
  return (
    <Box maxWidth="x480" marginInline="auto" width="full">
      <Card>
        <CardBody flexDirection="column">
          <Box is="form" onSubmit={submit} data-testid="sign-in-form" display="flex" flexDirection="column">
            <Box is="h2" fontScale="h4" marginBlockEnd={8}>
              Sign in
            </Box>
            <Box fontScale="p2" color="hint" marginBlockEnd={16}>
              The user ID and a login or personal access token (Account › Personal Access Tokens) of a Rocket.Chat user with the view-statistics permission.
              They are kept in this browser tab only, and GraphiQL in this tab uses them too.
            </Box>
            <FieldGroup>
              <Field>
                <FieldLabel htmlFor={userIdField}>User ID</FieldLabel>
                <FieldRow>
                  <TextInput
                    id={userIdField}
                    name="userId"
                    autoComplete="username"
                    value={userId}
                    onChange={(event) => setUserId((event.target as HTMLInputElement).value)}
                    data-testid="sign-in-user-id"
                  />
                </FieldRow>
              </Field>
              <Field>
                <FieldLabel htmlFor={tokenField}>Token</FieldLabel>
                <FieldRow>
                  <PasswordInput
                    id={tokenField}
                    name="authToken"
                    autoComplete="current-password"
                    value={authToken}
                    onChange={(event) => setAuthToken((event.target as HTMLInputElement).value)}
                    data-testid="sign-in-token"
                  />
                </FieldRow>
                <FieldHint>X-Auth-Token; the demo prints its admin&rsquo;s at start.</FieldHint>
              </Field>
            </FieldGroup>
            {problem && (
              <Box marginBlockStart={16}>
                <ProblemCallout problem={problem} />
              </Box>
            )}
            <Box marginBlockStart={16} display="flex" justifyContent="flex-end">
              <Button type="submit" variant="primary" loading={busy} disabled={busy || !userId.trim() || !authToken.trim()} data-testid="sign-in-submit">
                Sign in
              </Button>
            </Box>
          </Box>
        </CardBody>
      </Card>
    </Box>
  );
}
