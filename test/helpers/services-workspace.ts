import type { Db } from 'mongodb';
import { insertMany } from './fixtures';

// Login services and video conferences that tell their counts apart: users of LDAP and GitHub at
// once, users Rocket.Chat does not count (inactive, guest-only, an app), a custom OAuth service
// beside one of its own settings (`-merge_roles`, not a service) and a disabled custom one; calls in
// every state, expired and declined ones counted nowhere.

export async function insertServicesWorkspace(db: Db): Promise<void> {
  const user = (fields: Record<string, unknown>) => ({ type: 'user', active: true, roles: ['user'], status: 'offline', ...fields });
  await insertMany(db, 'users', [
    user({ services: { ldap: { id: 'cn=ana' }, github: { id: 7, accessToken: 'secret' } } }),
    user({ services: { github: { id: 8 } } }),
    user({ services: { mycorp: { id: 'm1' } } }),
    user({ active: false, services: { google: { id: 'g1' } } }),
    user({ roles: ['guest'], services: { google: { id: 'g2' } } }),
    user({ type: 'app', roles: ['app'], services: { google: { id: 'g3' } } }),
  ]);
  const setting = (_id: string, value: unknown) => ({ _id, value, packageValue: value });
  await db
    .collection('rocketchat_settings')
    .insertMany([
      setting('LDAP_Enable', true),
      setting('LDAP_Background_Sync_Interval', 'Every 24 hours'),
      setting('Accounts_OAuth_Github', true),
      setting('Accounts_OAuth_Google', false),
      setting('Accounts_OAuth_Custom-mycorp', true),
      setting('Accounts_OAuth_Custom-mycorp-merge_roles', false),
      setting('Accounts_OAuth_Custom-mycorp-url', 'https://sso.example.org'),
      setting('Accounts_OAuth_Custom-legacy', false),
      setting('VideoConf_Default_Provider', 'jitsi'),
      setting('VideoConf_Enable_DMs', true),
      setting('VideoConf_Enable_Channels', true),
      setting('VideoConf_Enable_Groups', false),
    ] as never[]);
  const call = (type: string, status: number) => ({ type, status, rid: 'r', createdAt: new Date() });
  await insertMany(db, 'rocketchat_video_conference', [
    call('videoconference', 1),
    call('videoconference', 1),
    call('videoconference', 3),
    call('videoconference', 2),
    call('direct', 0),
    call('direct', 3),
    call('direct', 4),
    call('livechat', 1),
  ]);
}

const oauth = (users: Record<string, number>, enabled: Record<string, boolean>) =>
  Object.fromEntries(
    [
      'apple',
      'dolphin',
      'drupal',
      'facebook',
      'github',
      'githubEnterprise',
      'gitlab',
      'google',
      'linkedin',
      'meteor',
      'nextcloud',
      'tokenpass',
      'twitter',
      'wordpress',
    ].map((key) => [key, { ...(key in enabled ? { enabled: enabled[key] } : {}), users: users[key] ?? 0 }]),
  );

/** The services and videoConf figures of insertServicesWorkspace (JSON: missing settings left out). */
export const expectedServiceFigures = {
  services: {
    ldap: { users: 1, enabled: true, backgroundSync: { interval: 'Every 24 hours' }, ee: {} },
    saml: { users: 0 },
    cas: { users: 0 },
    oauth: {
      ...oauth({ github: 2 }, { github: true, google: false }),
      custom: { legacy: { enabled: false, users: 0 }, mycorp: { enabled: true, mergeRoles: false, users: 1 } },
    },
  },
  videoConf: {
    videoConference: { started: 2, ended: 1 },
    direct: { calling: 1, started: 0, ended: 1 },
    livechat: { started: 1, ended: 0 },
    settings: { provider: 'jitsi', dms: true, channels: true, groups: false },
  },
};
