// The "Open program file" control: a file input (so it works everywhere, by keyboard, and with drag and drop), which
// uses the browser's File System Access picker instead where there is one, so the file can be saved back in place.
import { useId } from 'preact/hooks';
import { canSaveInPlace, pickProgramFile } from '../browser-files.js';
import type { NoticeData } from './notice.js';
import { openProgramFile, problemNotice, type Opener } from './open-program.js';

export function OpenProgramInput({ onOpen, onProblem, compact }: { onOpen: Opener; onProblem: (n: NoticeData) => void; compact?: boolean }) {
  const id = useId();
  return (
    <span class={`file-input${compact ? ' compact' : ''}`}>
      <label for={id}>Open program file</label>
      <input
        id={id}
        type="file"
        accept=".yaml,.yml,application/yaml,text/yaml"
        onClick={(e) => {
          if (!canSaveInPlace()) return;
          e.preventDefault();
          pickProgramFile()
            .then((picked) => picked && openProgramFile(picked.file, onOpen, onProblem, picked.handle))
            .catch((err: unknown) => onProblem(problemNotice(err, 'the file')));
        }}
        onChange={(e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          if (file) void openProgramFile(file, onOpen, onProblem).finally(() => (input.value = ''));
        }}
      />
    </span>
  );
}
