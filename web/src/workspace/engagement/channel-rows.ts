import type { ChannelsListRow, RoomType, TopFiveAnswer } from './engagement-types';

/** A room's name as Rocket.Chat's dashboard shows it: its name, else a direct message's user names. */
export const roomLabel = (room: { name?: string; usernames?: string[] }): string => room.name || (room.usernames ?? []).join(' × ');

export const roomTypeLabels: Record<RoomType, string> = { c: 'Public Channels', p: 'Private Channels', d: 'Direct Messages' };

/** One line of the Channels table. */
export interface ChannelLine {
  t: RoomType;
  name: string;
  createdAt: string;
  updatedAt: string;
  messages: number;
  change: number;
}

export const channelLines = (rows: readonly ChannelsListRow[]): ChannelLine[] =>
  rows.map(({ room, messages, diffFromLastWeek }) => ({
    t: room.t,
    name: roomLabel(room),
    createdAt: room.ts,
    updatedAt: room._updatedAt,
    messages,
    change: diffFromLastWeek,
  }));

export type ChannelColumn = 'name' | 'createdAt' | 'updatedAt' | 'messages';
export interface ChannelSort {
  column: ChannelColumn;
  direction: 'asc' | 'desc';
}

/**
 * The page's lines in the chosen order, ties kept in the server's order (most messages first).
 * channels/list takes no sort parameter, so a click sorts the page on screen.
 */
export function sortChannelLines(lines: readonly ChannelLine[], { column, direction }: ChannelSort): ChannelLine[] {
  const sign = direction === 'asc' ? 1 : -1;
  const compare = (a: ChannelLine, b: ChannelLine): number =>
    column === 'messages' ? a.messages - b.messages : column === 'name' ? a.name.localeCompare(b.name) : Date.parse(a[column]) - Date.parse(b[column]);
  return lines
    .map((line, index) => ({ line, index }))
    .sort((a, b) => sign * compare(a.line, b.line) || a.index - b.index)
    .map(({ line }) => line);
}

/** Channels' CSV, Rocket.Chat's columns (ChannelsOverview): type, name, messages, last update, creation. */
export const channelsCsvHeaders = ['Room type', 'Name', 'Messages', 'Last Update Date', 'Creation Date'] as const;
export const channelsCsvRows = (lines: readonly ChannelLine[]) => lines.map((line) => [line.t, line.name, line.messages, line.updatedAt, line.createdAt]);

/** The top five as the Messages tab lists them (MessagesPerChannelSection). */
export const topFiveLines = ({ channels }: TopFiveAnswer) =>
  channels.map((room, index) => ({ rank: index + 1, t: room.t, name: roomLabel(room), messages: room.messages }));
