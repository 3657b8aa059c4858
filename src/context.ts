import { requireViewStatistics, type AuthenticatedUser } from './auth/authenticator';
import { readCredentials } from './auth/credentials';
import type { Services } from './services';
import { createEngagementLoaders, type EngagementLoaders } from './engagement/engagement-loaders';
import { AnswerAge } from './statistics/answer-age';
import { createLoaders, type Loaders } from './statistics/loaders';

export interface RequestInfo {
  headers: Record<string, string | string[] | undefined>;
  /** The caller's address, for the failed-login limit. */
  address: string;
  /** A caller the door has already authorised (the /metrics bearer token): no token lookup then. */
  caller?: AuthenticatedUser;
  /** The door saw a wrong secret of its own (a wrong METRICS_TOKEN): a failed login even without X-User-Id. */
  wrongSecret?: boolean;
}

export interface GatewayContext {
  services: Services;
  /** Loaders that may reuse figures computed in the last few seconds. */
  loaders: Loaders;
  /** Loaders that always query anew (refresh: true, snapshots). */
  freshLoaders: Loaders;
  /** The engagement figures' loaders, by family and day (over `loaders`). */
  engagement: EngagementLoaders;
  /** Resolves (once per request) the caller, or throws UNAUTHENTICATED. */
  user(): Promise<AuthenticatedUser>;
  /** Throws UNAUTHENTICATED or FORBIDDEN unless the caller may view statistics. */
  requireStatisticsAccess(): Promise<AuthenticatedUser>;
  /** What the root resolvers said about serving this answer again within the reuse window. */
  answerReuse: AnswerReuse;
  /** How old the figures of this answer are (both loaders note what they read). */
  answerAge: AnswerAge;
}

/**
 * Each root resolver declares whether its part of the answer may be served again to an identical
 * request within the reuse window (statistics without refresh: yes; snapshots: no). The answer
 * may be reused only when every root field said yes.
 */
export interface AnswerReuse {
  declare(reusable: boolean): void;
  readonly reusable: boolean;
}

function createAnswerReuse(): AnswerReuse {
  let allowed = false;
  let refused = false;
  return {
    declare: (reusable) => {
      if (reusable) allowed = true;
      else refused = true;
    },
    get reusable() {
      return allowed && !refused;
    },
  };
}

/** One context per request; every DataLoader is created here. Introspection never touches auth. */
export function createContext(services: Services, request: RequestInfo): GatewayContext {
  let user: Promise<AuthenticatedUser> | undefined;
  const credentials = readCredentials(request.headers);
  const answerAge = new AnswerAge();
  const loaders = createLoaders(services.figureCache, false, answerAge);
  const context: GatewayContext = {
    services,
    loaders,
    engagement: createEngagementLoaders(services.keptDays, loaders, () => services.figureCache.now()),
    freshLoaders: createLoaders(services.figureCache, true, answerAge),
    user: () =>
      (user ??= request.caller
        ? Promise.resolve(request.caller)
        : services.authenticator.authenticate(credentials, request.address, { wrongSecret: request.wrongSecret })),
    requireStatisticsAccess: async () => {
      const caller = await context.user();
      requireViewStatistics(caller);
      return caller;
    },
    answerReuse: createAnswerReuse(),
    answerAge,
  };
  return context;
}
