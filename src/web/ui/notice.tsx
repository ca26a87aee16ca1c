// A message about what just happened (a file opened, work restored, a file that could not be read), above the work.
// Problems in a file are listed one per line, as the command line prints them (file:line:col  message).
export interface NoticeData {
  kind: 'info' | 'error';
  text: string;
  details?: string[];
}

export function Notice({ notice, onDismiss }: { notice: NoticeData; onDismiss: () => void }) {
  return (
    <div class={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <p>
        {notice.kind === 'error' ? <strong>Could not do that. </strong> : null}
        {notice.text}
      </p>
      {notice.details?.length ? (
        <ul class="problems">
          {notice.details.map((d, i) => (
            <li key={i}>
              <code>{d}</code>
            </li>
          ))}
        </ul>
      ) : null}
      <button type="button" class="secondary small" onClick={onDismiss}>
        Dismiss this message
      </button>
    </div>
  );
}
