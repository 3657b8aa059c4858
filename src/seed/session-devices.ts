/** A device as Rocket.Chat's SAUMonitor reads it from the user agent (core-typings ISession.ts ISessionDevice). */
export interface SessionDevice {
  type: string;
  name: string;
  longVersion: string;
  os: { name: string; version: string };
  version: string;
}

const device = (type: string, name: string, longVersion: string, os: string, osVersion: string): SessionDevice => ({
  type,
  name,
  longVersion,
  os: { name: os, version: osVersion },
  version: longVersion.split('.').slice(0, 2).join('.'),
});

/** The devices people use, each with how common it is as someone's first device. */
export const sessionDevices: ReadonlyArray<readonly [SessionDevice, number]> = [
  [device('browser', 'Chrome', '131.0.6778.86', 'Windows', '10'), 30],
  [device('browser', 'Chrome', '131.0.6778.86', 'Mac OS', '10.15.7'), 12],
  [device('browser', 'Firefox', '133.0', 'Linux', 'x86_64'), 8],
  [device('browser', 'Safari', '18.1.1', 'Mac OS', '10.15.7'), 8],
  [device('browser', 'Edge', '131.0.2903.70', 'Windows', '10'), 6],
  [device('desktop-app', 'Electron', '28.3.3', 'Windows', '10'), 14],
  [device('desktop-app', 'Electron', '28.3.3', 'Mac OS', '14.6'), 6],
  [device('mobile-app', 'RC Mobile', '4.54.0', 'iOS', '17.6'), 9],
  [device('mobile-app', 'RC Mobile', '4.54.0', 'Android', '14'), 7],
];

/** A second device is most often the phone. */
export const secondDevices: ReadonlyArray<readonly [SessionDevice, number]> = sessionDevices.map(([d, weight]) => [
  d,
  d.type === 'mobile-app' ? weight * 5 : weight,
]);
