import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A clinical team referrals are made to (configuration, e.g. generic-outpatient). */
@Entity({ name: 'team' })
export class TeamEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Specialist teams (eating disorders, learning disability, young people's team) bypass access. */
  @Column({ name: 'bypasses_access', type: 'boolean', default: false })
  bypassesAccess!: boolean;
}
