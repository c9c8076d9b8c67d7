import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { InvalidFieldError } from '@app/core';

/** A path id must be a UUID; the error names the parameter. */
@Injectable()
export class UuidParam implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (!isUUID(value)) {
      throw new InvalidFieldError('request.invalid', metadata.data ?? 'id', 'must be a UUID');
    }
    return value;
  }
}
