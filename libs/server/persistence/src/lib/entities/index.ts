export * from './area.entity';
export * from './team.entity';
export * from './child.entity';
export * from './referral.entity';
export * from './letter.entity';
export * from './outbox-message.entity';
