import { ApiProperty } from '@nestjs/swagger';
import { IsNumber, Matches, Max, Min } from 'class-validator';

/** An amount of money in a currency. */
export class MoneyDto {
  @ApiProperty({ example: 1500, description: 'Up to two decimals.' })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1_000_000_000)
  amount: number;

  @ApiProperty({ example: 'DKK', description: 'ISO 4217 currency code.' })
  @Matches(/^[A-Z]{3}$/, { message: 'must be a currency code such as DKK' })
  currency: string;
}
