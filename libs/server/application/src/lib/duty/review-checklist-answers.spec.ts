import { answerChecklist } from './review-checklist-answers';

describe('answering a review checklist (the items of domain.md, by rating)', () => {
  it('splits an AMBER checklist (the opt-in letter not sent: five items) into done and not done, in checklist order', () => {
    const result = answerChecklist('AMBER', false, [
      { item: 'duty-survey-sent', done: false },
      { item: 'rag-recall-updated', done: true },
      { item: 'waiting-list-letter-sent', done: true },
      { item: 'guided-self-help-given', done: true },
      { item: 'risk-assessment-and-care-plan-reviewed', done: true },
    ]);
    expect(result).toEqual({
      ok: true,
      value: {
        done: ['risk-assessment-and-care-plan-reviewed', 'guided-self-help-given', 'waiting-list-letter-sent', 'rag-recall-updated'],
        notDone: ['duty-survey-sent'],
      },
    });
  });

  it('takes the waiting-list letter off the AMBER checklist once the opt-in letter has gone (four items)', () => {
    const four = ['risk-assessment-and-care-plan-reviewed', 'guided-self-help-given', 'rag-recall-updated', 'duty-survey-sent'].map((item) => ({ item, done: true }));
    expect(answerChecklist('AMBER', true, four)).toEqual({ ok: true, value: { done: four.map((a) => a.item), notDone: [] } });
    expect(answerChecklist('AMBER', false, four)).toEqual({
      ok: false,
      problems: [{ field: 'checklist.waiting-list-letter-sent', message: 'answer “Waiting-list letter sent (the opt-in letter has not been sent)” (done or not done)' }],
    });
  });

  it('says why the waiting-list letter cannot be answered once the opt-in letter has gone', () => {
    const five = ['risk-assessment-and-care-plan-reviewed', 'guided-self-help-given', 'waiting-list-letter-sent', 'rag-recall-updated', 'duty-survey-sent'].map((item) => ({ item, done: true }));
    expect(answerChecklist('AMBER', true, five)).toEqual({
      ok: false,
      problems: [{ field: 'checklist.waiting-list-letter-sent', message: 'the waiting-list (opt-in) letter has already been sent to the family, so this item is not on the checklist' }],
    });
  });

  it('names every missing item, every item answered twice, and anything not on the checklist', () => {
    const result = answerChecklist('RED', false, [
      { item: 'rag-recall-updated', done: true },
      { item: 'rag-recall-updated', done: false },
      { item: 'guided-self-help-given', done: true },
    ]);
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: 'checklist', message: `'guided-self-help-given' is not on the RED review checklist (its items: care-plan-and-risk-assessment-updated, rag-recall-updated)` },
        { field: 'checklist.care-plan-and-risk-assessment-updated', message: 'answer “Care plan and risk assessment updated” (done or not done)' },
        { field: 'checklist.rag-recall-updated', message: '“RAG recall updated” is answered more than once' },
      ],
    });
  });

  it('refuses an empty GREEN checklist item by item (four items)', () => {
    const result = answerChecklist('GREEN', false, []);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => p.field)).toEqual([
        'checklist.risk-assessment-and-care-plan-reviewed',
        'checklist.guided-self-help-given',
        'checklist.rag-recall-updated',
        'checklist.duty-survey-sent',
      ]);
    }
  });
});
