// Names on returned forms match the roster's, and print as the documents print them.
import { describe, expect, it } from 'vitest';
import { displayName, nameKey } from '../../src/evaluations/names.js';

describe('names on returned forms', () => {
  it('print given name first, keeping a suffix after its name', () => {
    expect(displayName(' Rivera,  Daniela M. ')).toBe('Daniela M. Rivera');
    expect(displayName('Ana Ruiz, Jr.')).toBe('Ana Ruiz, Jr.');
  });

  it('match however case, spacing, composition and order differ', () => {
    expect(nameKey('Nguye\u0302\u0303n, Ánh')).toBe(nameKey('ánh  nguyễn'));
    expect(nameKey('Ana Ruiz, Jr.')).not.toBe(nameKey('Jr. Ana Ruiz'));
  });
});
