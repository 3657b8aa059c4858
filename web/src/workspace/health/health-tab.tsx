import { Box, Button, ButtonGroup, CardGrid, Throbber } from '@rocket.chat/fuselage';
import { useEffect, useState } from 'react';
import { HealthCountsDocument, HealthOwnerlessCountDocument, type HealthCountsQuery } from '../../generated/graphql';
import type { Credentials } from '../../shared/credentials';
import { runDocument } from '../gateway-client';
import { GatewayProblem, describeProblem } from '../problems';
import { ProblemCallout } from '../sign-in-form';
import { RoomHealthCard, UserHealthCard } from './health-counts';
import { HealthListCard } from './health-list';
import { healthLists } from './health-lists';

/** The N-day choices: a month, a quarter, half a year, a year. */
export const dayChoices = [30, 90, 180, 365] as const;

const problemOf = (error: unknown) => (error instanceof GatewayProblem ? error : describeProblem('unexpected'));

/**
 * The Health tab: dead, hot and owner-less rooms, users who have not logged in (Query.health).
 * The owner-less count reads every subscription, so it is asked once, apart from the N-day counts.
 */
export function HealthTab({ credentials }: { credentials: Credentials }) {
  const [days, setDays] = useState<number>(90);
  const [counts, setCounts] = useState<HealthCountsQuery['health']>();
  const [ownerless, setOwnerless] = useState<number | null>();
  const [problem, setProblem] = useState<GatewayProblem>();
  const [listId, setListId] = useState(healthLists[0]!.id);
  const list = healthLists.find((candidate) => candidate.id === listId) ?? healthLists[0]!;

  useEffect(() => {
    let current = true;
    setCounts(undefined);
    runDocument(HealthCountsDocument, credentials, { days })
      .then((answer) => current && setCounts(answer.health))
      .catch((error: unknown) => current && setProblem(problemOf(error)));
    return () => {
      current = false;
    };
  }, [credentials, days]);

  useEffect(() => {
    runDocument(HealthOwnerlessCountDocument, credentials)
      .then((answer) => setOwnerless(answer.health.rooms.withoutOwner.count))
      .catch(() => setOwnerless(null));
  }, [credentials]);

  return (
    <Box paddingInline={8} data-testid="health-tab" data-days={days}>
      <Box display="flex" flexWrap="wrap" alignItems="center" marginBlockEnd={16}>
        <Box fontScale="p2m" marginInlineEnd={8}>
          Inactive for
        </Box>
        <ButtonGroup wrap>
          {dayChoices.map((choice) => (
            <Button
              key={choice}
              small
              primary={choice === days}
              aria-pressed={choice === days}
              onClick={() => setDays(choice)}
              data-testid={`health-days-${choice}`}
            >
              {choice} days
            </Button>
          ))}
        </ButtonGroup>
      </Box>
      {problem && (
        <Box marginBlockEnd={16}>
          <ProblemCallout problem={problem} />
        </Box>
      )}
      {!counts && !problem && (
        <Box display="flex" alignItems="center" fontScale="p2" color="hint" padding={16} data-testid="health-loading">
          <Throbber size="x12" marginInlineEnd={8} /> Loading health…
        </Box>
      )}
      {counts && (
        <CardGrid breakpoints={{ lg: 6, xs: 4, padding: 8 }}>
          <RoomHealthCard days={days} counts={counts} ownerless={ownerless} />
          <UserHealthCard days={days} counts={counts} />
        </CardGrid>
      )}
      <Box marginBlock={16}>
        <ButtonGroup wrap>
          {healthLists.map((candidate) => (
            <Button
              key={candidate.id}
              small
              secondary={candidate.id !== listId}
              primary={candidate.id === listId}
              aria-pressed={candidate.id === listId}
              onClick={() => setListId(candidate.id)}
              data-testid={`health-list-${candidate.id}`}
            >
              {candidate.label}
            </Button>
          ))}
        </ButtonGroup>
      </Box>
      <HealthListCard list={list} days={days} credentials={credentials} />
    </Box>
  );
}
