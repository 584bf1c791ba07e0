import { ValidationError } from 'class-validator';
import { toFieldErrors, validationErrorBody } from './validation.pipe';

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
