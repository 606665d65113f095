/**
 * The breaker state for /ready and for the premium service. cockatiel only moves from open to
 * half-open when a call arrives after the cooldown; reporting "half-open" once the cooldown has
 * passed tells callers that check the state before calling that a probe would now be let
 * through, so a caller that skips the model while "open" cannot keep the breaker open forever.
 */
import { CircuitState, type CircuitBreakerPolicy } from 'cockatiel';
import type { BreakerState } from '../ports.js';

export function trackBreakerState(
  breaker: CircuitBreakerPolicy,
  options: { cooldownMs: number; clock: () => number },
): () => BreakerState {
  let openedAt = 0;
  breaker.onBreak(() => {
    openedAt = options.clock();
  });
  return () => {
    switch (breaker.state) {
      case CircuitState.Closed:
        return 'closed';
      case CircuitState.HalfOpen:
        return 'half-open';
      case CircuitState.Isolated:
        return 'open';
      case CircuitState.Open:
        return options.clock() - openedAt >= options.cooldownMs ? 'half-open' : 'open';
    }
  };
}
