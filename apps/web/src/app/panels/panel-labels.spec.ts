import { riskText } from './panel-labels';

describe('the pre-panel risk in words', () => {
  it('writes the level out, or says it is not assessed', () => {
    expect([riskText('high'), riskText('medium'), riskText('low'), riskText(null)]).toEqual(['High risk', 'Medium risk', 'Low risk', 'Not assessed']);
  });
});
