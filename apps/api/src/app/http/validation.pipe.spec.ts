import { ArgumentMetadata, BadRequestException } from '@nestjs/common';
import { ValidationError } from 'class-validator';
import { createValidationPipe, nulCharacterAt, toFieldErrors, validationErrorBody } from './validation.pipe';

function err(property: string, constraints?: Record<string, string>, children: ValidationError[] = []): ValidationError {
  return Object.assign(new ValidationError(), { property, constraints, children });
}

describe('validation errors', () => {
  it('name every field, with dotted paths for nested ones', () => {
    const fields = toFieldErrors([
      err('givenName', { isNotEmpty: 'givenName is required' }),
      err('address', undefined, [err('postcode', { matches: 'postcode is not valid' })]),
    ]);
    expect(fields).toEqual([
      { field: 'givenName', messages: ['givenName is required'] },
      { field: 'address.postcode', messages: ['postcode is not valid'] },
    ]);
    expect(validationErrorBody(fields)).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Invalid givenName, address.postcode',
      errors: fields,
    });
  });
});

describe('the NUL character (PostgreSQL text cannot hold it)', () => {
  it('is found wherever it is, and named by its path', () => {
    expect(nulCharacterAt({ givenName: 'Amara', lists: ['ADOS', 'Tre\u0000atment'] }, '')).toBe('lists.1');
    expect(nulCharacterAt({ outcome: { reason: '\u0000' } }, '')).toBe('outcome.reason');
    expect(nulCharacterAt('a\u0000b', 'id')).toBe('id');
    expect(nulCharacterAt({ team: 'generic-outpatient', limit: 5, ok: true, none: null }, '')).toBeNull();
  });

  it('is refused with a 400 naming the field, before validation, for a query, a path parameter and a body', async () => {
    const pipe = createValidationPipe();
    const refusal = async (value: unknown, metadata: ArgumentMetadata) => {
      try {
        await pipe.transform(value, metadata);
        return null;
      } catch (e) {
        return e instanceof BadRequestException ? e.getResponse() : e;
      }
    };
    expect(await refusal({ team: '\u0000', limit: '5' }, { type: 'query' })).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Invalid team',
      errors: [{ field: 'team', messages: ['team must not contain the NUL character (\\u0000)'] }],
    });
    expect(await refusal('%\u0000', { type: 'param', data: 'team' })).toMatchObject({ errors: [{ field: 'team' }] });
    expect(await refusal({ note: { text: 'x\u0000' } }, { type: 'body' })).toMatchObject({ errors: [{ field: 'note.text' }] });
    expect(await refusal('generic-outpatient', { type: 'param', data: 'team' })).toBeNull();
  });
});
