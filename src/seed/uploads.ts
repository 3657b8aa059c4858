import type { UploadDocument } from './documents';
import { drawTopic } from './names';
import { baseDate } from './options';
import { SeededRandom } from './random';
import { randomId } from './rocketchat-ids';
import type { RoomPlan } from './room-plan';
import type { UserProfile } from './users';

interface FileKind {
  type: string;
  extension: string;
  minBytes: number;
  maxBytes: number;
}

const fileKinds: ReadonlyArray<readonly [FileKind, number]> = [
  [{ type: 'image/png', extension: 'png', minBytes: 20_000, maxBytes: 3_000_000 }, 40],
  [{ type: 'image/jpeg', extension: 'jpg', minBytes: 50_000, maxBytes: 6_000_000 }, 25],
  [{ type: 'application/pdf', extension: 'pdf', minBytes: 30_000, maxBytes: 12_000_000 }, 15],
  [{ type: 'text/plain', extension: 'txt', minBytes: 10, maxBytes: 200_000 }, 10],
  [{ type: 'application/zip', extension: 'zip', minBytes: 100_000, maxBytes: 80_000_000 }, 5],
  [{ type: 'video/mp4', extension: 'mp4', minBytes: 1_000_000, maxBytes: 200_000_000 }, 5],
];

/** About one file per fifty messages, and a few even in a tiny workspace. */
export function countUploads(messages: number): number {
  return Math.max(5, Math.floor(messages / 50));
}

/** Files are shared in rooms that have members: channels, groups, discussions and direct rooms. */
export function uploadRooms(rooms: readonly RoomPlan[]): RoomPlan[] {
  return rooms.filter((room) => room.t !== 'l' && room.members.length > 0);
}

/** The `rocketchat_uploads` document (GridFS store) of file `index`. */
export function buildUpload(seed: number, index: number, rooms: readonly RoomPlan[], users: readonly UserProfile[]): UploadDocument {
  const random = new SeededRandom(seed).fork('upload', index);
  const room = random.pick(rooms);
  const kind = random.weighted(fileKinds);
  const _id = randomId(random);
  const name = `${drawTopic(random)}-${index}.${kind.extension}`;
  const uploadedAt = random.dateBetween(room.ts, baseDate);
  return {
    _id,
    rid: room._id,
    userId: users[random.pick(room.members)]._id,
    name,
    type: kind.type,
    typeGroup: kind.type.split('/')[0],
    extension: kind.extension,
    // A skewed size: most files are small, a few are near the top of their kind's range.
    size: kind.minBytes + Math.floor(random.next() ** 3 * (kind.maxBytes - kind.minBytes)),
    store: 'GridFS:Uploads',
    complete: true,
    uploading: false,
    progress: 1,
    uploadedAt,
    _updatedAt: uploadedAt,
    path: `/file-upload/${_id}/${encodeURIComponent(name)}`,
    url: `/ufs/GridFS:Uploads/${_id}/${encodeURIComponent(name)}`,
  };
}

export function* generateUploads(seed: number, count: number, rooms: readonly RoomPlan[], users: readonly UserProfile[]): Generator<UploadDocument> {
  const eligible = uploadRooms(rooms);
  for (let index = 0; index < count; index++) yield buildUpload(seed, index, eligible, users);
}
