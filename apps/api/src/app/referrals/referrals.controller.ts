import { ReferralQueries, RegisterReferral } from '@camhs/application';
import type { Page, ReferralView } from '@camhs/contracts';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ListReferralsQueryDto, ReferralPageDto, ReferralViewDto, RegisterReferralDto } from './referral.dto';

@ApiTags('referrals')
@Controller('referrals')
export class ReferralsController {
  constructor(
    private readonly register: RegisterReferral,
    private readonly queries: ReferralQueries,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ type: ReferralViewDto })
  @ApiBadRequestResponse({ description: 'every offending field named in `errors`' })
  create(@Body() body: RegisterReferralDto): Promise<ReferralView> {
    return this.register.execute(body);
  }

  @Get()
  @ApiOkResponse({ type: ReferralPageDto })
  list(@Query() query: ListReferralsQueryDto): Promise<Page<ReferralView>> {
    return this.queries.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: ReferralViewDto })
  @ApiNotFoundResponse()
  get(@Param('id', new ParseUUIDPipe({ version: undefined })) id: string): Promise<ReferralView> {
    return this.queries.get(id);
  }
}
