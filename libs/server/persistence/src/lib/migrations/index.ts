import { InitialSchema1763800000000 } from './1763800000000-initial-schema';
import { SeedReferenceData1763800000001 } from './1763800000001-seed-reference-data';
import { IdentityAndAudit1763900000000 } from './1763900000000-identity-and-audit';
import { RuntimeRole1763900000001 } from './1763900000001-runtime-role';
import { ReferralPathway1763900000002 } from './1763900000002-referral-pathway';
import { Appointments1763900000003 } from './1763900000003-appointments';
import { ExtractReferences1763900000004 } from './1763900000004-extract-references';
import { OwnSourceIds1763900000005 } from './1763900000005-own-source-ids';
import { ReportSnapshots1763900000006 } from './1763900000006-report-snapshots';
import { ClockFlags1763900000007 } from './1763900000007-clock-flags';
import { LetterDocuments1763900000008 } from './1763900000008-letter-documents';
import { DutyAndRisk1763900000009 } from './1763900000009-duty-and-risk';
import { DutyList1763900000010 } from './1763900000010-duty-list';
import { Panels1763900000011 } from './1763900000011-panels';
import { CrisisClocks1763900000012 } from './1763900000012-crisis-clocks';
import { WaitingListLetters1763900000013 } from './1763900000013-waiting-list-letters';
import { ReportIndexes1763900000014 } from './1763900000014-report-indexes';
import { DutyScheduleTeam1763900000015 } from './1763900000015-duty-schedule-team';
import { DutyScheduleTeamBackfill1763900000016 } from './1763900000016-duty-schedule-team-backfill';
import { RequestKeys1763900000017 } from './1763900000017-request-keys';

/** Every migration, in order. Add new ones at the end; never edit one that has shipped. */
export const MIGRATIONS = [InitialSchema1763800000000, SeedReferenceData1763800000001, IdentityAndAudit1763900000000, RuntimeRole1763900000001, ReferralPathway1763900000002, Appointments1763900000003, ExtractReferences1763900000004, OwnSourceIds1763900000005, ReportSnapshots1763900000006, ClockFlags1763900000007, LetterDocuments1763900000008, DutyAndRisk1763900000009, DutyList1763900000010, Panels1763900000011, CrisisClocks1763900000012, WaitingListLetters1763900000013, ReportIndexes1763900000014, DutyScheduleTeam1763900000015, DutyScheduleTeamBackfill1763900000016, RequestKeys1763900000017];
