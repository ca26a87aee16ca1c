// A progress bar on stderr for work that takes more than a moment: drawn only on a terminal, only once the work
// has run for `delayMs` (quick runs stay quiet), redrawn a few times a second, and erased when the work ends so
// the command's summary starts on a clean line. Off a terminal it prints nothing at all.
const BAR = 24;

export interface Progress {
  update(done: number, total: number): void;
  /** Erase the bar (call once, whether the work succeeded or not). */
  end(): void;
}

const silent: Progress = { update: () => {}, end: () => {} };

export function progressBar(stream: NodeJS.WriteStream, label: string, unit: string, delayMs = 300): Progress {
  if (!stream.isTTY) return silent;
  const started = performance.now();
  let done = 0;
  let total = 0;
  let shown = false;
  const draw = () => {
    if (performance.now() - started < delayMs || total === 0) return;
    const filled = Math.round((BAR * done) / total);
    const seconds = Math.floor((performance.now() - started) / 1000);
    const clock = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
    const line = `${label}  [${'█'.repeat(filled)}${'░'.repeat(BAR - filled)}]  ${done}/${total} ${unit}  ${clock}`;
    stream.write(`\r\u001b[2K${line.slice(0, Math.max(20, (stream.columns || 80) - 1))}`); // a terminal of unknown size reports 0 columns
    shown = true;
  };
  // Redraws even while nothing finishes, so the clock moves; unref'd so it never keeps the process alive.
  const timer = setInterval(draw, 200);
  timer.unref();
  return {
    update(d, t) {
      done = d;
      total = t;
    },
    end() {
      clearInterval(timer);
      if (shown) stream.write('\r\u001b[2K');
    },
  };
}
