/** An error, explained: what happened, what to do, and the request id to quote to support. */
import { toProblem } from '../api/api-error.js';
import { describeProblem } from '../api/error-messages.js';

export function ProblemAlert({ error, testId = 'error' }: { error: unknown; testId?: string }) {
  const problem = toProblem(error);
  return (
    <div role="alert" className="alert" data-testid={testId} data-code={problem.code}>
      <p>{describeProblem(problem)}</p>
      <p className="alert-meta">
        Code <code>{problem.code}</code>
        {problem.requestId ? (
          <>
            {' '}
            · request id <code data-testid="error-request-id">{problem.requestId}</code>
          </>
        ) : null}
      </p>
    </div>
  );
}
