import type { Document } from 'mongodb';
import { baseDate, installedAt } from './options';
import { SeededRandom } from './random';
import { randomId, randomUuid } from './rocketchat-ids';

const day = 24 * 3600 * 1000;

/** The deployment's identity: the `uniqueID` setting (Deployment ID) and the Cloud workspace id. */
export interface DeploymentIdentity {
  uniqueId: string;
  cloudWorkspaceId: string;
}

export function deploymentIdentityFor(seed: number): DeploymentIdentity {
  const random = new SeededRandom(seed).fork('deployment');
  return { uniqueId: randomId(random), cloudWorkspaceId: randomUuid(random) };
}

/** `rocketchat_settings`: the two the Deployment card reads, and a few it must ignore. */
export function buildSettings(identity: DeploymentIdentity): Document[] {
  const setting = (_id: string, value: unknown, extra: Document = {}): Document => ({
    _id,
    value,
    type: 'string',
    public: false,
    hidden: false,
    blocked: false,
    packageValue: '',
    valueSource: 'value',
    ts: installedAt,
    createdAt: installedAt,
    _updatedAt: installedAt,
    ...extra,
  });
  return [
    // Rocket.Chat inserts uniqueID once at first start; its createdAt is the install date.
    { _id: 'uniqueID', value: identity.uniqueId, createdAt: installedAt, ts: installedAt, _updatedAt: installedAt },
    setting('Cloud_Workspace_Id', identity.cloudWorkspaceId, { group: 'Setup_Wizard', section: 'Cloud_Info', hidden: true }),
    setting('Site_Url', 'https://chat.example.com', { group: 'General', public: true, packageValue: 'http://localhost:3000' }),
    setting('Site_Name', 'Synthetic Workspace', { group: 'Layout', public: true, packageValue: 'Rocket.Chat' }),
    setting('Language', 'en', { group: 'General', type: 'language', public: true }),
    setting('Accounts_AllowAnonymousRead', false, { group: 'Accounts', type: 'boolean', public: true, packageValue: false }),
  ];
}

/** `rocketchat_permissions` with Rocket.Chat's default roles for each. */
export function buildPermissions(): Document[] {
  const updatedAt = new Date(installedAt.getTime() + 60_000);
  const permission = (_id: string, roles: string[]): Document => ({ _id, roles, _updatedAt: updatedAt });
  return [
    permission('view-statistics', ['admin']),
    permission('view-engagement-dashboard', ['admin']),
    permission('view-room-administration', ['admin']),
    permission('view-user-administration', ['admin']),
    permission('view-privileged-setting', ['admin']),
    permission('manage-apps', ['admin']),
    permission('view-livechat-manager', ['livechat-manager', 'admin']),
    permission('view-d-room', ['admin', 'owner', 'moderator', 'user', 'bot', 'app', 'guest']),
  ];
}

/** `rocketchat_roles`: the built-in roles a user's `roles` array names. */
export function buildRoles(): Document[] {
  const role = (_id: string, description: string): Document => ({
    _id,
    name: _id,
    scope: 'Users',
    protected: true,
    mandatory2fa: false,
    description,
    _updatedAt: installedAt,
  });
  return [
    role('admin', 'Admin'),
    role('user', 'User'),
    role('guest', 'Guest'),
    role('bot', 'Bot'),
    role('app', 'App'),
    role('livechat-agent', 'Livechat Agent'),
  ];
}

/** `migrations`: the control document of a Rocket.Chat 6.12 database, unlocked. */
export function buildMigrations(): Document[] {
  return [
    {
      _id: 'control',
      version: 304,
      locked: false,
      lockedAt: new Date(baseDate.getTime() - 10 * day),
      buildAt: new Date(baseDate.getTime() - 12 * day),
    },
  ];
}
