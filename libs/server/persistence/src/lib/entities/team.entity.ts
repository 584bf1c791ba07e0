import { Column, Entity, JoinTable, ManyToMany, PrimaryGeneratedColumn } from 'typeorm';
import { AreaEntity } from './area.entity';

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
  /** `camhs` (clinical teams) or `council` (the inclusion panel). */
  @Column({ type: 'text', default: 'camhs' })
  service!: 'camhs' | 'council';

  @ManyToMany(() => AreaEntity)
  @JoinTable({ name: 'team_area', joinColumn: { name: 'team_id' }, inverseJoinColumn: { name: 'area_id' } })
  areas!: AreaEntity[];

  @Column({ name: 'bypasses_access', type: 'boolean', default: false })
  bypassesAccess!: boolean;
}
