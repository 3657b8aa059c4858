import { baseDate } from './options';
import { guaranteedRoomKinds, type RoomKind } from './room-kinds';

const day = 24 * 3600 * 1000;

/** What the health cases read and mark of a planned room (room-plan.ts's RoomPlan, which calls this). */
interface PlannedRoom {
  index: number;
  t: string;
  kind: RoomKind;
  ts: Date;
  quietSince?: Date;
  ownerless?: boolean;
}

/** A room chosen dead: its messages stop 3 to 9 months before the base date (docs/figures.md "Workspace health"). */
const deadEvery = 4;
/** A room chosen owner-less: its creator's subscription has lost the owner role, and nobody else holds it. */
const ownerlessEvery = 9;

/**
 * The cases the workspace health tells apart, beyond those every workspace has by chance (rooms
 * never used, users who never logged in: room-kinds.ts and user-kinds.ts). Chosen by room index, with
 * no random draw, so every other seeded value stays what it was: only the dead rooms' message times
 * (and so their `lm`, threads' `tlm` and their discussions' creation) and the owner-less rooms'
 * creator subscriptions change. The guaranteed rooms 0…9 are left alone.
 */
export function markHealthCases(rooms: PlannedRoom[]): void {
  for (const room of rooms) {
    if (room.index < guaranteedRoomKinds.length || (room.t !== 'c' && room.t !== 'p') || room.kind.parent !== undefined) continue;
    const quietSince = new Date(baseDate.getTime() - (90 + (room.index % 5) * 45) * day);
    if (room.index % deadEvery === 0 && room.ts.getTime() < quietSince.getTime() - 7 * day) room.quietSince = quietSince;
    if (room.index % ownerlessEvery === 4) room.ownerless = true;
  }
}
