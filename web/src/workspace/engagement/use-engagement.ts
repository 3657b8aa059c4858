import { createContext, useContext, useEffect, useState } from 'react';
import type { Credentials } from '../../shared/credentials';
import { describeProblem, GatewayProblem } from '../problems';
import { fetchEngagement, type EngagementParams } from './engagement-api';

export interface EngagementState<TAnswer> {
  /** The latest answer; the previous one stays on screen while a new period loads. */
  answer?: TAnswer;
  /** The parameters `answer` was asked with. */
  askedWith?: EngagementParams;
  loading: boolean;
  problem?: GatewayProblem;
}

/** A count the tab raises to have every card ask its endpoint again (its figures of today move on). */
export const EngagementRefresh = createContext(0);

/** How long to wait before asking again a gateway that said it was busy: 1, 2, then 4 seconds. */
const busyRetryDelaysMs = [1000, 2000, 4000];

const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => clearTimeout(timer));
  });

/**
 * An endpoint's answer, asked again after a pause while the gateway says it is busy (as Rocket.Chat's
 * client, whose queries retry three times): a 90-day period on every card at once can fill its queue.
 */
async function fetchWhenFree<TAnswer>(path: string, params: EngagementParams, credentials: Credentials, signal: AbortSignal): Promise<TAnswer> {
  for (const delay of busyRetryDelaysMs) {
    try {
      return await fetchEngagement<TAnswer>(path, params, credentials, signal);
    } catch (error) {
      if (!(error instanceof GatewayProblem && error.kind === 'busy') || signal.aborted) throw error;
      await pause(delay, signal);
    }
  }
  return fetchEngagement<TAnswer>(path, params, credentials, signal);
}

/**
 * One endpoint's answer for the given parameters, asked again whenever they change; an answer that
 * arrives after newer parameters were asked for is dropped.
 */
export function useEngagement<TAnswer>(
  path: string,
  params: EngagementParams | undefined,
  credentials: Credentials,
  onProblem: (problem: GatewayProblem) => void,
): EngagementState<TAnswer> {
  const [state, setState] = useState<EngagementState<TAnswer>>({ loading: params !== undefined });
  const key = params ? JSON.stringify(params) : '';
  const refreshes = useContext(EngagementRefresh);

  useEffect(() => {
    if (!params) return;
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true, problem: undefined }));
    fetchWhenFree<TAnswer>(path, params, credentials, controller.signal).then(
      (answer) => setState({ answer, askedWith: params, loading: false }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const problem = error instanceof GatewayProblem ? error : describeProblem('unexpected');
        setState((previous) => ({ ...previous, loading: false, problem }));
        onProblem(problem);
      },
    );
    return () => controller.abort();
    // The parameters by value: a new object with the same dates asks nothing again.
  }, [path, key, refreshes, credentials.userId, credentials.authToken]);

  return state;
}
