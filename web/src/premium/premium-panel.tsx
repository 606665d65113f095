/**
 * Premium: AI rewrites of weak bullets, a summary and advice, plus a cover letter. Both need the
 * resume on the server, so private mode explains that instead of uploading anything. Rewrites the
 * server's guard rejected (they added facts) are never shown.
 */
import { useMutation } from '@tanstack/react-query';
import { requestPremium } from '../api/client.js';
import type { PremiumAnalysis } from '../api/types.js';
import type { Session } from '../session.js';
import { useAnnounce } from '../ui/announcer.js';
import { ProblemAlert } from '../ui/problem-alert.js';
import { CoverLetterForm } from './cover-letter-form.js';
import { DegradedNote } from './degraded-note.js';

export function PremiumPanel({ session }: { session: Session }) {
  const announce = useAnnounce();
  const stored = session.stored;
  const premium = useMutation({
    mutationFn: () => {
      if (!stored) throw new Error('No stored analysis');
      return requestPremium(stored, session.file);
    },
    onSuccess: () => announce('AI suggestions ready.'),
  });
  return (
    <section className="panel premium" aria-labelledby="premium-title" data-testid="premium-panel">
      <h2 id="premium-title">AI rewrites and cover letter</h2>
      {!stored ? (
        <p className="hint" data-testid="premium-private-note">
          Private mode is on: AI features need your resume on the server, so they are off. Switch
          private mode off and analyse again to use them.
        </p>
      ) : (
        <>
          <button
            type="button"
            className="button primary"
            disabled={premium.isPending}
            onClick={() => premium.mutate()}
            data-testid="request-premium"
          >
            {premium.isPending ? 'Asking…' : 'Suggest rewrites'}
          </button>
          {premium.isError ? <ProblemAlert error={premium.error} testId="premium-error" /> : null}
          {premium.data ? <PremiumResult result={premium.data} /> : null}
          <CoverLetterForm file={session.file} />
        </>
      )}
    </section>
  );
}

function PremiumResult({ result }: { result: PremiumAnalysis }) {
  const rewrites = result.rewrites.filter((rewrite) => !rewrite.rejected);
  const advice = [...result.advice].sort((a, b) => a.priority - b.priority);
  return (
    <div className="premium-result" data-testid="premium-result">
      <DegradedNote
        degraded={result.degraded}
        {...(result.degradedReason ? { reason: result.degradedReason } : {})}
      />
      {result.summary ? (
        <>
          <h3>Suggested summary</h3>
          <p className="quote-block">{result.summary}</p>
        </>
      ) : null}
      {rewrites.length > 0 ? (
        <>
          <h3>Bullet rewrites</h3>
          <ul className="rewrites" data-testid="rewrites">
            {rewrites.map((rewrite, i) => (
              <li key={i}>
                <p>
                  <span className="label">Before:</span> {rewrite.original}
                </p>
                <p>
                  <span className="label">After:</span> <strong>{rewrite.rewrite}</strong>
                </p>
                <p className="hint">{rewrite.reason}</p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {advice.length > 0 ? (
        <>
          <h3>Advice</h3>
          <ol>
            {advice.map((item, i) => (
              <li key={i}>{item.text}</li>
            ))}
          </ol>
        </>
      ) : null}
    </div>
  );
}
