import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A waiting list (treatment or further specialist assessment). Configuration, seeded from domain.md. */
@Entity({ name: 'waiting_list' })
export class WaitingListEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  name!: string;
}
