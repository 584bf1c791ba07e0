import type { ReferenceDataView } from '@camhs/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Injectable()
export class ReferenceDataQueries {
  constructor(private readonly db: DataSource) {}

  async get(): Promise<ReferenceDataView> {
    const [areas, teams, lists] = await Promise.all([
      this.db.query(`SELECT code, name FROM area ORDER BY name`),
      // Destinations for a referral: CAMHS teams only.
      this.db.query(`SELECT code, name FROM team WHERE service = 'camhs' ORDER BY name`),
      this.db.query(`SELECT name FROM waiting_list ORDER BY name`),
    ]);
    return { areas, teams, waitingLists: (lists as { name: string }[]).map((l) => l.name) };
  }
}
