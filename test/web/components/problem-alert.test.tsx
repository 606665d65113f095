/**
 * Error messages: every code the API can return (the server's one registry, engine errors
 * included) and every code the browser raises has its own plain-language message, shown in an
 * alert with the code and the request id to quote.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ERROR_STATUS } from '../../../src/server/errors.js';
import { ApiError, clientError } from '../../../web/src/api/api-error.js';
import { describeProblem, KNOWN_ERROR_CODES } from '../../../web/src/api/error-messages.js';
import { ProblemAlert } from '../../../web/src/ui/problem-alert.js';

afterEach(cleanup);

const FALLBACK = 'Something went wrong. Try again.';

function apiError(code: string, status: number) {
  return new ApiError({ code, status, title: code, detail: 'raw detail', requestId: 'req-123' });
}

describe('error messages', () => {
  const apiCodes = Object.entries(ERROR_STATUS);

  it.each(apiCodes)('%s (HTTP %i) has its own message', (code, status) => {
    expect(KNOWN_ERROR_CODES).toContain(code);
    const message = describeProblem(apiError(code, status).problem);
    expect(message).not.toBe(FALLBACK);
    expect(message).not.toBe('raw detail');
  });

  it('shows the message, the code and the request id in an alert', () => {
    render(<ProblemAlert error={apiError('UNSUPPORTED_TYPE', 415)} testId="upload-error" />);
    const alert = screen.getByRole('alert');
    expect(alert.dataset.testid).toBe('upload-error');
    expect(alert.dataset.code).toBe('UNSUPPORTED_TYPE');
    expect(alert.textContent).toContain(describeProblem(apiError('UNSUPPORTED_TYPE', 415).problem));
    expect(screen.getByTestId('error-request-id').textContent).toBe('req-123');
  });

  it('tells apart a file too large (413), a rate limit (429) and an overloaded server (503)', () => {
    const messages = [
      ['FILE_TOO_LARGE', 413],
      ['RATE_LIMITED', 429],
      ['OVERLOADED', 503],
    ].map(([code, status]) => describeProblem(apiError(String(code), Number(status)).problem));
    expect(new Set(messages).size).toBe(3);
    expect(messages[1]).toMatch(/wait|try again/i);
  });

  it('explains files refused in the browser before any upload', () => {
    render(<ProblemAlert error={clientError('CLIENT_UNSUPPORTED_TYPE')} />);
    expect(screen.getByRole('alert').textContent).toMatch(/PDF, Word/);
    expect(screen.queryByTestId('error-request-id')).toBeNull();
  });

  it('falls back to the server’s detail for a code it does not know', () => {
    const problem = { code: 'SOMETHING_NEW', status: 400, title: 'x', detail: 'Server says why.' };
    expect(describeProblem(problem)).toBe('Server says why.');
  });
});
