// Where Rocket.Chat defines the figures: paths in the RocketChat/Rocket.Chat repository.

/** Today's definitions (6.x–8.x). */
export const statisticsTs = 'apps/meteor/app/statistics/server/lib/statistics.ts';
/** Rocket.Chat 0.61's definitions (test/fixtures/rocketchat-0.61-statistics.md was made by this file). */
export const statistics061 = 'packages/rocketchat-statistics/server/functions/get.js (0.61)';
export const usersModel = 'packages/models/src/models/Users.ts';
export const roomsModel = 'packages/models/src/models/Rooms.ts';
export const messagesModel = 'packages/models/src/models/Messages.ts';
/** The gateway's own figure, with no Rocket.Chat counterpart. */
export const gatewayOnly = "none: the gateway's own";
