import { useEffect, useState } from 'react';
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

  useEffect(() => {
    if (!params) return;
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true, problem: undefined }));
    fetchEngagement<TAnswer>(path, params, credentials, controller.signal).then(
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
  }, [path, key, credentials.userId, credentials.authToken]);

  return state;
}
