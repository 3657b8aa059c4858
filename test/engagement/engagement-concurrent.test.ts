import { startHarness, type Harness } from '../helpers/harness';
import { buildEngagementWorkspace, now, type EngagementWorkspace } from './engagement-workspace';

let h: Harness;
let w: EngagementWorkspace;

beforeAll(async () => {
  h = await startHarness({ clock: () => now.getTime() });
  w = await buildEngagementWorkspace(h.db);
});
afterAll(() => h.close());

const period = 'start=2026-11-13T00:00:00.000Z&end=2026-11-20T23:59:59.999Z';
// What the Engagement tab asks for at once when it opens: several routes compute and keep the same days.
const routes = [
  `messages/messages-sent?${period}`,
  `messages/top-five-popular-channels?${period}`,
  `messages/origin?${period}`,
  `users/new-users?${period}`,
  `users/active-users?${period}`,
  `channels/list?${period}&offset=0&count=25`,
];

describe('routes asked at once on a gateway that has kept nothing yet', () => {
  it('all answer 200, and the days end up kept once each', async () => {
    const answers = await Promise.all(routes.map((route) => h.rest(`/api/v1/engagement-dashboard/${route}`, w.admin.headers)));
    expect(answers.map((answer) => [answer.status, answer.json?.success])).toEqual(routes.map(() => [200, true]));
    const ids = (
      await h.db
        .collection('gateway_engagement_days')
        .find({}, { projection: { _id: 1 } })
        .toArray()
    ).map((document) => document._id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('messages:2026-11-13');
  });
});
