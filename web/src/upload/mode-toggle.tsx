/** The private-mode switch, and a plain statement of where the file goes in each mode. */
import { useId } from 'react';
import type { AnalysisMode } from '../session.js';

export function ModeToggle(props: {
  mode: AnalysisMode;
  onChange: (mode: AnalysisMode) => void;
  disabled?: boolean;
}) {
  const id = useId();
  const isPrivate = props.mode === 'private';
  return (
    <div className="mode-toggle">
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={isPrivate}
        disabled={props.disabled}
        data-testid="private-mode-toggle"
        aria-describedby={`${id}-note`}
        onChange={(event) => props.onChange(event.target.checked ? 'private' : 'server')}
      />
      <label htmlFor={id}>Private mode</label>
      <p id={`${id}-note`} className="hint" data-testid="mode-note">
        {isPrivate
          ? 'On: your file is analysed in this browser and never leaves your device.'
          : 'Off: your file is sent to our server for analysis. Only derived results are stored, and you can delete them.'}
      </p>
    </div>
  );
}
