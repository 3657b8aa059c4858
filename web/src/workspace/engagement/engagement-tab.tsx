import { Box, Tabs, TabsItem } from '@rocket.chat/fuselage';
import { useEffect, useMemo, useState } from 'react';
import type { Credentials } from '../../shared/credentials';
import type { GatewayProblem } from '../problems';
import { ProblemCallout } from '../sign-in-form';
import { ActiveUsersCard } from './active-users-card';
import { BusiestTimesCard } from './busiest-times-card';
import { ChannelsCard } from './channels-card';
import { formatDay } from './day-format';
import { MessagesSentCard } from './messages-sent-card';
import { NewUsersCard } from './new-users-card';
import { OriginCard } from './origin-card';
import { PeriodPicker, type PickedPeriod } from './period-picker';
import { periodChoices, presetRange, rangeOf, utcDayKey, type DayRange } from './periods';
import type { SectionProps } from './section-props';
import { TimeOfDayCard } from './time-of-day-card';
import { TopFiveCard } from './top-five-card';
import { EngagementRefresh } from './use-engagement';

/** Rocket.Chat's dashboard queries refetch every 5 minutes (refetchInterval); so do the cards. */
const refreshEveryMs = 5 * 60_000;

type Section = 'users' | 'messages' | 'channels';

/**
 * The Engagement Dashboard that Rocket.Chat's Workspace page links to (an Enterprise module there),
 * from the gateway's GET /api/v1/engagement-dashboard/... endpoints: Users, Messages and Channels,
 * in UTC days. One period picker serves every card (Rocket.Chat gives each card its own).
 */
export function EngagementTab({ credentials, onSignOut }: { credentials: Credentials; onSignOut: (reason: GatewayProblem) => void }) {
  const [now, setNow] = useState(() => new Date());
  const [refreshes, setRefreshes] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(new Date());
      setRefreshes((count) => count + 1);
    }, refreshEveryMs);
    return () => clearInterval(timer);
  }, []);
  const [section, setSection] = useState<Section>('users');
  const [picked, setPicked] = useState<PickedPeriod>(() => {
    const week = presetRange('last 7 days', now);
    return { period: 'last 7 days', from: utcDayKey(week.start), to: utcDayKey(week.end) };
  });
  // An unfinished custom range keeps the figures of the last range that was one; a preset moves
  // on with the day.
  const [custom, setCustom] = useState<DayRange>(() => presetRange('last 7 days', now));
  const chosen = rangeOf(picked.period, picked, now);
  const range = picked.period === 'custom' ? custom : presetRange(picked.period, now);
  const pick = (next: PickedPeriod) => {
    setPicked(next);
    const nextRange = rangeOf(next.period, next, now);
    if (next.period === 'custom' && !('problem' in nextRange)) setCustom(nextRange);
  };
  // A revoked token ends the sign-in; without view-engagement-dashboard the tab says so once, in
  // place of its cards, and the Workspace and Trend tabs stay (they want view-statistics only).
  const [denied, setDenied] = useState<GatewayProblem>();
  const onProblem = (problem: GatewayProblem) => {
    if (problem.kind === 'wrong-credentials') onSignOut(problem);
    if (problem.kind === 'no-permission') setDenied(problem);
  };
  const periodLabel =
    picked.period === 'custom'
      ? `${formatDay(range.start.toISOString())} – ${formatDay(range.end.toISOString())}`
      : periodChoices.find(([key]) => key === picked.period)![1];
  const props: SectionProps = useMemo(
    () => ({ credentials, range, periodLabel, now, onProblem }),
    [credentials, range.start.getTime(), range.end.getTime(), periodLabel, now],
  );

  return (
    <EngagementRefresh.Provider value={refreshes}>
      <Box paddingInline={8} data-testid="engagement" data-start={range.start.toISOString()} data-end={range.end.toISOString()}>
        <Box display="flex" flexWrap="wrap" alignItems="flex-start" justifyContent="space-between" marginBlockEnd={16} style={{ gap: 8 }}>
          <Tabs>
            {(['users', 'messages', 'channels'] as const).map((name) => (
              <TabsItem key={name} selected={section === name} onClick={() => setSection(name)} data-testid={`engagement-tab-${name}`}>
                {name[0]!.toUpperCase() + name.slice(1)}
              </TabsItem>
            ))}
          </Tabs>
          <PeriodPicker value={picked} problem={'problem' in chosen ? chosen.problem : undefined} onChange={pick} />
        </Box>
        {denied && <ProblemCallout problem={denied} />}
        {!denied && section === 'users' && (
          <>
            <NewUsersCard {...props} />
            <ActiveUsersCard {...props} />
            <Box display="grid" style={{ gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 480px), 1fr))', columnGap: 16 }}>
              <TimeOfDayCard {...props} />
              <BusiestTimesCard {...props} />
            </Box>
          </>
        )}
        {!denied && section === 'messages' && (
          <>
            <MessagesSentCard {...props} />
            <Box display="grid" style={{ gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 420px), 1fr))', columnGap: 16 }}>
              <OriginCard {...props} />
              <TopFiveCard {...props} />
            </Box>
          </>
        )}
        {!denied && section === 'channels' && <ChannelsCard {...props} />}
      </Box>
    </EngagementRefresh.Provider>
  );
}
