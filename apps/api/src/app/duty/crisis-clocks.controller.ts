import { Actor, CrisisClocks } from '@camhs/application';
import type { CrisisClockRecordView } from '@camhs/contracts';
import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../auth/current-actor.decorator';
import { RecordCrisisClockDto } from './crisis-clocks.dto';

const uuid = new ParseUUIDPipe({ version: undefined });

/** The Crisis team's clocks after an escalation to Crisis: record the contact (2-hour standard) and the assessment (24-hour). */
@ApiTags('duty')
@ApiNotFoundResponse({ description: 'no crisis referral with this escalation id in the caller’s scope' })
@ApiBadRequestResponse({ description: '`at` missing, in the future, or before the crisis referral' })
@ApiConflictResponse({ description: 'already recorded (with when)' })
@Controller('duty/crisis-clocks')
export class CrisisClocksController {
  constructor(private readonly clocks: CrisisClocks) {}

  @Post(':id/contact')
  @HttpCode(200)
  @ApiOkResponse({ description: 'CrisisClockRecordView: met when made by referredAt + 2 hours, else missed' })
  contact(@Param('id', uuid) id: string, @Body() body: RecordCrisisClockDto, @CurrentActor() actor: Actor): Promise<CrisisClockRecordView> {
    return this.clocks.record(id, 'contact', body, actor);
  }

  @Post(':id/assessment')
  @HttpCode(200)
  @ApiOkResponse({ description: 'CrisisClockRecordView: met when made by referredAt + 24 hours, else missed' })
  assessment(@Param('id', uuid) id: string, @Body() body: RecordCrisisClockDto, @CurrentActor() actor: Actor): Promise<CrisisClockRecordView> {
    return this.clocks.record(id, 'assessment', body, actor);
  }
}
