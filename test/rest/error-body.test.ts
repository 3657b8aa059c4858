import { errorAnswer } from '../../src/rest/error-body';

/** The mapping table of the REST contract (docs/openapi.json), including the rows a running gateway rarely reaches. */
describe('errorAnswer', () => {
  test.each([
    ['0.61', 'statistics', 'UNAUTHENTICATED', 401, { status: 'error', message: 'You must be logged in to do this.' }],
    ['current', 'statistics.list', 'UNAUTHENTICATED', 401, { success: false, error: 'You must be logged in to do this.' }],
    ['0.61', 'statistics', 'FORBIDDEN', 400, { success: false, error: 'Not allowed [error-not-allowed]', errorType: 'error-not-allowed' }],
    ['0.61', 'statistics.list', 'FORBIDDEN', 403, { success: false, error: 'unauthorized' }],
    ['current', 'statistics', 'FORBIDDEN', 400, { success: false, error: 'error-not-allowed' }],
    ['current', 'statistics.list', 'FORBIDDEN', 400, { success: false, error: 'error-not-allowed' }],
    ['0.61', 'statistics.list', 'BAD_USER_INPUT', 400, { success: false, error: 'the message', errorType: 'error-invalid-params' }],
    ['current', 'statistics', 'DB_UNAVAILABLE', 503, { success: false, error: 'the message', errorType: 'error-database-unavailable' }],
    ['0.61', 'statistics', 'OVERLOADED', 503, { success: false, error: 'the message', errorType: 'error-server-busy' }],
    ['current', 'statistics', 'TOO_MANY_REQUESTS', 429, { success: false, error: 'the message', errorType: 'error-too-many-requests' }],
    ['0.61', 'statistics', 'INTERNAL_SERVER_ERROR', 500, { success: false, error: 'Internal server error' }],
    ['current', 'statistics.list', 'INTERNAL_SERVER_ERROR', 500, { success: false, error: 'Internal server error' }],
  ] as const)('%s %s %s → %i', (format, endpoint, code, status, body) => {
    expect(errorAnswer({ code, message: 'the message' }, format, endpoint)).toEqual({ status, body });
  });

  test('Retry-After comes from retryAfterSeconds', () => {
    expect(errorAnswer({ code: 'TOO_MANY_REQUESTS', message: 'wait', retryAfterSeconds: 42 }, 'current', 'statistics').headers).toEqual({
      'retry-after': '42',
    });
    expect(errorAnswer({ code: 'OVERLOADED', message: 'busy', retryAfterSeconds: 1 }, '0.61', 'statistics.list').headers).toEqual({ 'retry-after': '1' });
    expect(errorAnswer({ code: 'DB_UNAVAILABLE', message: 'down' }, '0.61', 'statistics').headers).toBeUndefined();
  });

  test('the internal message never reaches the body', () => {
    expect(errorAnswer({ code: 'INTERNAL_SERVER_ERROR', message: 'connect ECONNREFUSED mongodb://secret@db:27017' }, 'current', 'statistics').body).toEqual({
      success: false,
      error: 'Internal server error',
    });
  });
});
