import type { Filter } from 'mongodb';
import type { DatabaseHandle } from '../db/connect';
import { asDatabaseCall } from '../db/database-errors';
import type { UserSelector } from './login-request';

/** The fields of a `users` document a login reads; only `me` of them is sent back. */
export interface LoginUser {
  _id: string;
  username?: string;
  name?: string;
  emails?: Array<{ address?: string; verified?: boolean }>;
  status?: string;
  statusConnection?: string;
  utcOffset?: number;
  active?: unknown;
  roles?: unknown;
  type?: string;
  services?: {
    password?: { bcrypt?: unknown };
    totp?: { enabled?: unknown; secret?: unknown };
    email2fa?: { enabled?: unknown };
    resume?: { loginTokens?: Array<{ hashedToken?: unknown }> };
  };
}

const projection = {
  username: 1,
  name: 1,
  emails: 1,
  status: 1,
  statusConnection: 1,
  utcOffset: 1,
  active: 1,
  roles: 1,
  type: 1,
  'services.password.bcrypt': 1,
  'services.totp.enabled': 1,
  'services.totp.secret': 1,
  'services.email2fa.enabled': 1,
};

/** Reads of `users` for POST /api/v1/login (from the primary; nothing is ever written to users). */
export class LoginUsers {
  constructor(private readonly database: DatabaseHandle) {}

  private get users() {
    return this.database.db.collection<LoginUser>('users', { readPreference: 'primary' });
  }

  /**
   * As Meteor's `Accounts._findUserByQuery`: the exact username or e-mail address first, then the
   * same ignoring case (Meteor does so too), so `Admin` logs in the user `admin`.
   */
  async find(selector: UserSelector): Promise<LoginUser | null> {
    if ('id' in selector) return this.findOne({ _id: selector.id });
    const field = 'username' in selector ? 'username' : 'emails.address';
    const value = 'username' in selector ? selector.username : selector.email;
    const exact = await this.findOne({ [field]: value } as Filter<LoginUser>);
    if (exact) return exact;
    const ignoringCase = new RegExp(`^${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');
    return this.findOne({ [field]: ignoringCase } as Filter<LoginUser>);
  }

  async findById(userId: string): Promise<LoginUser | null> {
    return this.findOne({ _id: userId });
  }

  /** The user holding this Rocket.Chat login token (Meteor's `resume` login handler). */
  async findByLoginToken(hashedToken: string): Promise<LoginUser | null> {
    return this.findOne({ 'services.resume.loginTokens.hashedToken': hashedToken } as Filter<LoginUser>);
  }

  private findOne(filter: Filter<LoginUser>): Promise<LoginUser | null> {
    return asDatabaseCall(this.database, () => this.users.findOne(filter, { projection }));
  }
}

/** `data.me` of the login answer: the user as Rocket.Chat's getUserInfo shows it, without services. */
export function userInfo(user: LoginUser): Record<string, unknown> {
  const verified = user.emails?.find((email) => email.verified === true)?.address;
  return {
    _id: user._id,
    username: user.username,
    name: user.name,
    emails: user.emails,
    status: user.status,
    statusConnection: user.statusConnection,
    utcOffset: user.utcOffset,
    active: user.active,
    roles: user.roles,
    ...(verified ? { email: verified } : {}),
  };
}
