// Runs the built CLI in a real pseudo-terminal, the way a user at a terminal runs it. Node has no
// pty of its own, so a few lines of Python (standard library only) hold the terminal and relay
// bytes between it and this process.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { cliPath } from '../../support/cli.js';

const RELAY = `
import fcntl, os, pty, select, struct, sys, termios
pid, fd = pty.fork()
if pid == 0:
    fcntl.ioctl(1, termios.TIOCSWINSZ, struct.pack('HHHH', 50, 200, 0, 0))
    os.execv(sys.argv[1], sys.argv[1:])
stdin_open = True
while True:
    ready, _, _ = select.select([fd] + ([0] if stdin_open else []), [], [])
    if fd in ready:
        try:
            data = os.read(fd, 65536)
        except OSError:
            data = b''
        if not data:
            break
        os.write(1, data)
    if 0 in ready:
        data = os.read(0, 65536)
        if data:
            os.write(fd, data)
        else:
            stdin_open = False
_, status = os.waitpid(pid, 0)
sys.exit(os.waitstatus_to_exitcode(status))
`;

export function ptyAvailable(): boolean {
  return spawnSync('python3', ['-c', 'import pty, termios, fcntl'], { stdio: 'ignore' }).status === 0;
}

export class PtySession {
  private readonly child: ChildProcess;
  private raw = '';
  private consumed = 0;
  readonly started = performance.now();
  readonly exited: Promise<number | null>;

  constructor(args: string[], cwd: string) {
    this.child = spawn('python3', ['-c', RELAY, process.execPath, cliPath, ...args], {
      cwd,
      env: { ...process.env, TERM: 'xterm-256color', NO_COLOR: '1' },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    this.child.stdout!.on('data', (chunk: Buffer) => (this.raw += chunk.toString('utf8')));
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
  }

  get transcript(): string {
    return stripVTControlCharacters(this.raw).replace(/\r/g, '');
  }

  /** Waits for text to appear (after what earlier waits matched); returns ms since launch. */
  async waitFor(text: string, timeoutMs = 10_000): Promise<number> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const at = this.transcript.indexOf(text, this.consumed);
      if (at >= 0) {
        this.consumed = at + text.length;
        return performance.now() - this.started;
      }
      if (performance.now() > deadline) throw new Error(`timed out waiting for "${text}"; the terminal shows:\n${this.transcript.slice(-1500)}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  send(keys: string): void {
    this.child.stdin!.write(keys);
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }
}
