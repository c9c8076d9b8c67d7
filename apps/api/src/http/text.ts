import { applyDecorators } from '@nestjs/common';
import { IsString, ValidateBy, ValidationOptions } from 'class-validator';
import { isMultiLineText, isSingleLineText } from '@app/core';

// Every text field of a request carries one of these two (a test walks every request DTO to
// make sure): text reaches iCalendar files, mail headers and CSV, where a control character is
// structure, not text. Identifiers (ids, dates, enums, emails) are held by their own formats.

export const SINGLE_LINE = 'singleLine';
export const MULTI_LINE = 'multiLine';

/** A name, a title, a place, a token: one line, without any control character. */
export const SingleLine = (options?: ValidationOptions) =>
  applyDecorators(
    IsString(options),
    ValidateBy(
      {
        name: SINGLE_LINE,
        validator: {
          validate: (value: unknown) => typeof value === 'string' && isSingleLineText(value),
          defaultMessage: () =>
            '$property must be one line without control characters (line breaks, tabs, NUL)',
        },
      },
      options,
    ),
  );

/** Free text such as an agenda or a reason: line breaks (LF, CR LF) and tabs, no other control. */
export const MultiLine = (options?: ValidationOptions) =>
  applyDecorators(
    IsString(options),
    ValidateBy(
      {
        name: MULTI_LINE,
        validator: {
          validate: (value: unknown) => typeof value === 'string' && isMultiLineText(value),
          defaultMessage: () =>
            '$property must not contain control characters other than line breaks and tabs',
        },
      },
      options,
    ),
  );
