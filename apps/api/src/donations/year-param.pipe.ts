import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { InvalidFieldError } from '@app/core';

/** A calendar year in a path, 1900 to 2200; the error names the parameter. */
@Injectable()
export class YearParam implements PipeTransform<string, number> {
  transform(value: string, metadata: ArgumentMetadata): number {
    const year = Number(value);
    if (!/^\d{4}$/.test(value) || year < 1900 || year > 2200) {
      throw new InvalidFieldError(
        'request.invalid',
        metadata.data ?? 'year',
        'must be a year from 1900 to 2200',
      );
    }
    return year;
  }
}
