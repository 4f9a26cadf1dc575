import { suggestCode, suggestionApplies } from '../../sidebar/src/logic/criteria';

describe('criteria suggest a code', () => {
  it('suggests A when every criterion is checked', () => {
    expect(suggestCode(3, 3)).toBe('A');
  });

  it('suggests EC when some criterion is not checked', () => {
    expect(suggestCode(3, 2)).toBe('EC');
    expect(suggestCode(3, 0)).toBe('EC');
  });

  it('suggests nothing for an activity without criteria', () => {
    expect(suggestCode(0, 0)).toBeNull();
  });

  it('judges only A and EC: R (resource) and I (need) are not a matter of criteria', () => {
    expect(suggestionApplies('A')).toBe(true);
    expect(suggestionApplies('EC')).toBe(true);
    expect(suggestionApplies('R')).toBe(false);
    expect(suggestionApplies('I')).toBe(false);
  });
});
