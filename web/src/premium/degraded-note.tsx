/** Says plainly when an answer came from the engine alone rather than the AI model. */
export function DegradedNote({ degraded, reason }: { degraded: boolean; reason?: string }) {
  if (!degraded) return null;
  return (
    <p className="notice" data-testid="premium-degraded">
      The AI model was not available, so this comes from the rules engine alone
      {reason ? ` (${reason})` : ''}. It is still accurate, but less tailored.
    </p>
  );
}
