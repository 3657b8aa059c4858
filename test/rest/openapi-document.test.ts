import { errorCodes, type ErrorCode } from '../../src/errors';
import { errorAnswer, type RestEndpoint } from '../../src/rest/error-body';
import { componentErrors, openApi, openApiErrors } from './openapi-validator';

/** The checked-in OpenAPI document against the code's own error table (no server needed). */
describe('src/rest/openapi.json', () => {
  test('is OpenAPI 3.1 and every component schema compiles as JSON Schema 2020-12', () => {
    expect(openApi.openapi).toBe('3.1.0');
    for (const name of Object.keys(openApi.components.schemas)) expect(() => componentErrors(name, {})).not.toThrow();
  });

  const paths: Record<Extract<RestEndpoint, 'statistics' | 'statistics.list'>, string> = {
    statistics: '/api/v1/statistics',
    'statistics.list': '/api/v1/statistics.list',
  };
  const rows = (['0.61', 'current'] as const).flatMap((format) =>
    (['statistics', 'statistics.list'] as const).flatMap((endpoint) =>
      (Object.keys(errorCodes) as ErrorCode[]).map((code) => [format, endpoint, code] as const),
    ),
  );

  test.each(rows)('documents the %s error body of %s for %s', (format, endpoint, code) => {
    const answer = errorAnswer({ code, message: 'What to change.', retryAfterSeconds: 3 }, format, endpoint);
    const errors = openApiErrors(paths[endpoint], { status: answer.status, json: answer.body, headers: {}, text: '' });
    expect(errors).toEqual([]);
    if (answer.headers?.['retry-after']) expect(openApi.paths[paths[endpoint]].get.responses[String(answer.status)].headers['Retry-After']).toBeDefined();
  });

  test('a body of the other format or a wrong value does not validate', () => {
    expect(componentErrors('NotAllowedCurrent', { success: false, error: 'Not allowed [error-not-allowed]', errorType: 'error-not-allowed' })).not.toEqual([]);
    expect(componentErrors('IsoDate', '2024-05-01T10:00:00Z')).not.toEqual([]);
    expect(componentErrors('Statistics061Entry', { totalLivechat: 1 })).not.toEqual([]);
    expect(componentErrors('StatisticsCurrentEntry', { totlalLivechat: 1 })).not.toEqual([]);
    expect(componentErrors('StatisticsCurrentEntry', { totalLivechat: 1, _id: 'x' })).toEqual([]);
  });
});
