import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A local authority area a child lives in (configuration, e.g. Rutland). */
@Entity({ name: 'area' })
export class AreaEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ type: 'text' })
  name!: string;
}
