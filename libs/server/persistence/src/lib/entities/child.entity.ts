import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'child' })
export class ChildEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Digits only; unique when present, so a child is matched by it. */
  @Column({ name: 'nhs_number', type: 'char', length: 10, nullable: true, unique: true })
  nhsNumber!: string | null;

  @Column({ name: 'given_name', type: 'text' })
  givenName!: string;

  @Column({ name: 'family_name', type: 'text' })
  familyName!: string;

  @Column({ name: 'date_of_birth', type: 'date' })
  dateOfBirth!: string;

  /** The source system's child id when the child came from a PTL extract. */
  @Column({ name: 'source_id', type: 'text', nullable: true, unique: true })
  sourceId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
