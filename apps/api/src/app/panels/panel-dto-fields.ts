import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { isFinancialYear } from '@camhs/domain';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, registerDecorator } from 'class-validator';

/** Short and long text limits for the panel's forms. */
export const NAME_MAX = 200;
export const NOTE_MAX = 4000;

/** A required piece of text (not blank), with the message saying what it is for. */
export function RequiredText(what: string, max = NAME_MAX, example?: string): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ maxLength: max, example, description: what }),
    IsString({ message: (a) => `${a.property} must be text: ${what}` }),
    Matches(/\S/, { message: (a) => `${a.property} is required: ${what}` }),
    MaxLength(max),
  );
}

/** Optional text (null or left out when there is none). */
export function OptionalText(what: string, max = NAME_MAX): PropertyDecorator {
  return applyDecorators(ApiPropertyOptional({ maxLength: max, nullable: true, description: what }), IsOptional(), IsString(), MaxLength(max));
}

/** The `version` the caller last loaded (409 when stale). */
export function Version(of: string): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ minimum: 1, description: `the ${of}’s version as last loaded` }),
    IsInt({ message: `version must be the ${of}’s version as last loaded (a whole number)` }),
    Min(1),
  );
}

/** A whole number of pence (money is never a fraction: £11.26 is 1126). */
export function Pence(what: string, options: { min?: number; optionalNull?: boolean } = {}): PropertyDecorator {
  const min = options.min ?? 0;
  return applyDecorators(
    options.optionalNull ? ApiPropertyOptional({ nullable: true, minimum: min, description: `${what}, in whole pence` }) : ApiProperty({ minimum: min, description: `${what}, in whole pence` }),
    ...(options.optionalNull ? [IsOptional()] : []),
    IsInt({ message: (a) => `${a.property} must be a whole number of pence (£11.26 is 1126)` }),
    Min(min),
    Max(Number.MAX_SAFE_INTEGER),
  );
}

/** A whole number in a range, from a JSON body or (with `fromQuery`) a query string. */
export function WholeNumber(what: string, min: number, max: number, fromQuery = false): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ minimum: min, maximum: max, description: what }),
    ...(fromQuery ? [Type(() => Number)] : []),
    IsInt({ message: (a) => `${a.property} must be a whole number from ${min} to ${max}` }),
    Min(min, { message: (a) => `${a.property} must be a whole number from ${min} to ${max}` }),
    Max(max, { message: (a) => `${a.property} must be a whole number from ${min} to ${max}` }),
  );
}

/** A financial year written `YYYY-YY` whose two years follow each other (2026-27; the rule lives in @camhs/domain). */
export function IsFinancialYear(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isFinancialYear',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (value: unknown) => isFinancialYear(value),
        defaultMessage: (args) => `${args?.property} must be a financial year written YYYY-YY, e.g. 2026-27`,
      },
    });
}
