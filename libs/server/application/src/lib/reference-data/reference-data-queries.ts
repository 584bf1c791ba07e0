import type { ReferenceDataView } from '@camhs/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Injectable()
export class ReferenceDataQueries {
  constructor(private readonly db: DataSource) {}

  async get(): Promise<ReferenceDataView> {
    const [areas, teams] = await Promise.all([
      this.db.query(`SELECT code, name FROM area ORDER BY name`),
      // Destinations for a referral: CAMHS teams only.
      this.db.query(`SELECT code, name FROM team WHERE service = 'camhs' ORDER BY name`),
    ]);
    return { areas, teams };
  }
}
