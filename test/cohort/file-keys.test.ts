// Participants' parts of file names: ASCII, unique in the cohort, stable.
import { describe, expect, it } from 'vitest';
import { participantFileKeys } from '../../src/cohort/file-keys.js';
import { slug } from '../../src/documents/file-names.js';

describe('participant file keys', () => {
  it('fold diacritics to ASCII', () => {
    expect(participantFileKeys([{ name: 'Nguyễn Thị Ánh' }, { name: "Zoë O'Brien-Łukasik" }, { name: 'Rivera, Daniela M.' }])).toEqual([
      'nguyen-thi-anh',
      'zoe-o-brien-lukasik',
      'rivera-daniela-m',
    ]);
  });

  it('fall back to the email, then to the position, for a name with no Latin letters', () => {
    expect(participantFileKeys([{ name: '王小明', email: 'wang.xiaoming@agency.example.gov' }, { name: 'محمد' }, {}])).toEqual(['wang-xiaoming', 'participant-2', 'participant-3']);
  });

  it('never give two participants the same key', () => {
    const keys = participantFileKeys([{ name: 'José Díaz' }, { name: 'Jose Diaz' }, { name: 'JOSE  DIAZ' }, { name: 'Jose Diaz 2' }, { name: '李' }, { name: '王' }]);
    expect(keys).toEqual(['jose-diaz', 'jose-diaz-2', 'jose-diaz-3', 'jose-diaz-2-2', 'participant-5', 'participant-6']);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('stay what slug() makes of them, even when a long name is cut to make room for the number', () => {
    const long = 'Maximiliana Alexandrina Konstantinopoulou-Vasilakopoulou de la Cruz';
    const keys = participantFileKeys([{ name: long }, { name: long }]);
    for (const key of keys) {
      expect(slug(key)).toBe(key);
      expect(key.length).toBeLessThanOrEqual(60);
    }
    expect(keys[1]).toMatch(/-2$/);
    expect(keys[0]).not.toBe(keys[1]);
  });
});
