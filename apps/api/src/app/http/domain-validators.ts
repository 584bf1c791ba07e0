import { isCalendarDate, nhsNumberProblem } from '@camhs/domain';
import { ValidationOptions, registerDecorator } from 'class-validator';

/** A real calendar date written YYYY-MM-DD (the rule lives in @camhs/domain). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => isCalendarDate(value),
        defaultMessage: (args) => `${args?.property} must be a real date written YYYY-MM-DD`,
      },
    });
}

/** 10 digits (spaces allowed) passing the Modulus 11 check (the rule lives in @camhs/domain). */
export function IsNhsNumber(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isNhsNumber',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && nhsNumberProblem(value) === null,
        defaultMessage: (args) =>
          typeof args?.value === 'string' ? (nhsNumberProblem(args.value) ?? '') : 'NHS number must be a string',
      },
    });
}
