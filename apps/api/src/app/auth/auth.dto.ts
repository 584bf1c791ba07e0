import type { SessionView, SignInRequest, SignedInUserView, TeamMembershipView } from '@camhs/contracts';
import { ROLES, Role } from '@camhs/domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class SignInDto implements SignInRequest {
  @ApiProperty({ example: 'demo.duty' })
  @IsString()
  @IsNotEmpty({ message: 'Enter your username' })
  @MaxLength(64)
  username!: string;

  @ApiProperty({ format: 'password' })
  @IsString()
  @IsNotEmpty({ message: 'Enter your password' })
  @MaxLength(256)
  password!: string;
}

class TeamMembershipDto implements TeamMembershipView {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ['camhs', 'council'] }) service!: 'camhs' | 'council';
}

class SignedInUserDto implements SignedInUserView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: Role[];
  @ApiProperty({ type: [TeamMembershipDto] }) teams!: TeamMembershipDto[];
}

export class SessionViewDto implements SessionView {
  @ApiProperty({ type: SignedInUserDto }) user!: SignedInUserDto;
  @ApiProperty({ description: 'send back in the X-XSRF-TOKEN header on every write' }) csrfToken!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}
