import { print } from 'graphql';
import { restDifferences } from '../../bench/rest-check';
import { LiveStatisticsDocument } from '../../src/generated/operations';
import { insertAdmin } from '../helpers/fixtures';
import { insert8xWorkspace } from '../helpers/rocketchat-8x-workspace';
import { startHarness } from '../helpers/harness';

it.each(['current', '0.61'] as const)('the benchmark takes a right %s REST answer for right, and a changed figure for wrong', async (restFormat) => {
  const h = await startHarness({ config: { restFormat } });
  try {
    const admin = await insertAdmin(h.db);
    await insert8xWorkspace(h.db);
    const graphql = await h.graphql(print(LiveStatisticsDocument), { headers: admin.headers, variables: { refresh: true } });
    const reference = graphql.json.data.statistics as Record<string, unknown>;
    const rest = (await h.rest('/api/v1/statistics', admin.headers)).json as Record<string, unknown>;
    expect(restDifferences(rest, reference)).toEqual([]);
    expect(restDifferences(rest, { ...reference, totalRooms: Number(reference.totalRooms) + 1 })).toEqual([
      expect.stringMatching(/^\.totalRooms: got \d+, want \d+$/),
    ]);
  } finally {
    await h.close();
  }
});
