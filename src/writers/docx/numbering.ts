// Word list numbering matching the model's labels: 1. / a. / i. for numbered lists, • ◦ ▪ for bullets.
// Every list gets its own numbering instance, so each starts again at its first number.

import { AlignmentType, LevelFormat, type INumberingOptions } from 'docx';
import { wordNumberFormat } from '../../document/markup/lists.js';
import type { List } from '../../document/model.js';
import { SPACE } from '../theme.js';
import { twips } from './units.js';

const LEVELS = 3;

export interface ListNumbering {
  reference: string;
  instance: number;
  level: number;
}

export class NumberingRegistry {
  private readonly references = new Map<string, { ordered: boolean; start: number }>();
  private instances = 0;

  /** Numbering for a list's items: a reference per kind and start number, an instance per list. */
  forList(list: List): ListNumbering {
    const reference = list.ordered ? `numbered-from-${list.start}` : 'bullets';
    if (!this.references.has(reference)) this.references.set(reference, { ordered: list.ordered, start: list.start });
    return { reference, instance: ++this.instances, level: list.depth };
  }

  options(): INumberingOptions {
    return {
      config: [...this.references].map(([reference, { ordered, start }]) => ({
        reference,
        levels: Array.from({ length: LEVELS }, (_, level) => {
          const { format, text } = wordNumberFormat(ordered, level);
          const indent = twips(SPACE.listIndent * (level + 1));
          return {
            level,
            format: LevelFormat[({ decimal: 'DECIMAL', lowerLetter: 'LOWER_LETTER', lowerRoman: 'LOWER_ROMAN', bullet: 'BULLET' } as const)[format]],
            text,
            start: ordered ? start : 1,
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: indent, hanging: twips(SPACE.listIndent) } } },
          };
        }),
      })),
    };
  }
}
