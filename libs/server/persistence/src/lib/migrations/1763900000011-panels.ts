import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The intervention panel (issue 6): the council's toolkit of resources (intervention types,
 * providers, catalogue entries with their block contract and spot price), panels with members,
 * sittings and a budget per financial year, and the cases brought to them — consent, the pre-panel
 * risk of escalation, agenda items, attendance, decisions, allocations, actions and termly outcome
 * reviews. Money is whole pence (bigint where it is summed). What happened is append-only: consent,
 * risk assessments, decisions, the pre-read packs and reminders (trigger and grants); an
 * allocation's units and costs never change once recorded, and a review once recorded stands.
 *
 * A panel case names its child itself (the school's details) and links a `child` row for identity
 * and the audit trail; nothing here reaches into CAMHS records (referrals), and nothing there into these.
 */
export class Panels1763900000011 implements MigrationInterface {
  name = 'Panels1763900000011';

  async up(q: QueryRunner): Promise<void> {
    await this.catalogue(q);
    await this.panels(q);
    await this.cases(q);
    await this.decisions(q);
    await this.appendOnly(q);
    await seedCatalogue(q);
  }

  private async catalogue(q: QueryRunner): Promise<void> {
    // The cost-avoidance figures of Appendix A and the school terms (for termly reviews): configuration, one row.
    await q.query(`CREATE TABLE panel_settings (
      id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
      hourly_cost_pence integer NOT NULL CHECK (hourly_cost_pence > 0),
      weeks_per_year integer NOT NULL CHECK (weeks_per_year BETWEEN 1 AND 52),
      schools_fund_first_pence integer NOT NULL CHECK (schools_fund_first_pence >= 0),
      term_ends text[] NOT NULL CHECK (cardinality(term_ends) > 0),
      version integer NOT NULL DEFAULT 1,
      updated_at timestamptz NOT NULL DEFAULT now(),
      updated_by uuid REFERENCES app_user(id))`);
    await q.query(`CREATE TABLE panel_intervention_type (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
      name text NOT NULL UNIQUE,
      description text,
      active boolean NOT NULL DEFAULT true,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE TABLE panel_provider (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL UNIQUE,
      active boolean NOT NULL DEFAULT true,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now())`);
    // Capacity is the block contract per financial year; beyond it, spot units at the spot price (none when null).
    await q.query(`CREATE TABLE panel_catalogue_entry (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      type_id uuid NOT NULL REFERENCES panel_intervention_type(id),
      provider_id uuid NOT NULL REFERENCES panel_provider(id),
      unit text NOT NULL CHECK (unit IN ('hours','places')),
      unit_cost_pence integer NOT NULL CHECK (unit_cost_pence > 0),
      spot_price_pence integer CHECK (spot_price_pence > 0),
      block_units_per_year integer NOT NULL CHECK (block_units_per_year >= 0),
      note text,
      active boolean NOT NULL DEFAULT true,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT panel_catalogue_entry_once UNIQUE (type_id, provider_id))`);
  }

  private async panels(q: QueryRunner): Promise<void> {
    // A panel belongs to a team of the council's service (checked by the application: a CHECK cannot read team).
    await q.query(`CREATE TABLE panel (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      team_id uuid NOT NULL REFERENCES team(id),
      name text NOT NULL,
      cadence text NOT NULL CHECK (cadence IN ('weekly','fortnightly','monthly')),
      active boolean NOT NULL DEFAULT true,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT panel_name_once UNIQUE (team_id, name))`);
    await q.query(`CREATE TABLE panel_member (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      panel_id uuid NOT NULL REFERENCES panel(id),
      name text NOT NULL,
      agency text NOT NULL,
      active boolean NOT NULL DEFAULT true,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX panel_member_panel_idx ON panel_member (panel_id)`);
    await q.query(`CREATE TABLE panel_budget (
      panel_id uuid NOT NULL REFERENCES panel(id),
      financial_year text NOT NULL CHECK (financial_year ~ '^[0-9]{4}-[0-9]{2}$'),
      amount_pence bigint NOT NULL CHECK (amount_pence >= 0),
      version integer NOT NULL DEFAULT 1,
      updated_at timestamptz NOT NULL DEFAULT now(),
      updated_by uuid REFERENCES app_user(id),
      PRIMARY KEY (panel_id, financial_year))`);
    await q.query(`CREATE TABLE panel_sitting (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      panel_id uuid NOT NULL REFERENCES panel(id),
      sits_on date NOT NULL,
      agenda_issued_at timestamptz,
      agenda_issued_by uuid REFERENCES app_user(id),
      closed_at timestamptz,
      closed_by uuid REFERENCES app_user(id),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT panel_sitting_once_a_day UNIQUE (panel_id, sits_on),
      CONSTRAINT panel_sitting_issued_by CHECK ((agenda_issued_at IS NULL) = (agenda_issued_by IS NULL)),
      CONSTRAINT panel_sitting_closed_by CHECK ((closed_at IS NULL) = (closed_by IS NULL)))`);
    // The members' pre-read pack: one PDF per sitting, written once (by the worker) and never changed.
    await q.query(`CREATE TABLE panel_pre_read_pack (
      sitting_id uuid PRIMARY KEY REFERENCES panel_sitting(id),
      pdf bytea NOT NULL CHECK (substring(pdf FROM 1 FOR 5) = '\\x255044462d'::bytea), -- starts with %PDF-
      sha256 text NOT NULL,
      cases integer NOT NULL CHECK (cases >= 0),
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE TABLE panel_attendance (
      sitting_id uuid NOT NULL REFERENCES panel_sitting(id),
      member_id uuid NOT NULL REFERENCES panel_member(id),
      present boolean NOT NULL,
      recorded_by uuid NOT NULL REFERENCES app_user(id),
      recorded_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (sitting_id, member_id))`);
  }

  private async cases(q: QueryRunner): Promise<void> {
    // Name, date of birth and need are the school's words about the child: stored here, never logged or queued.
    await q.query(`CREATE TABLE panel_case (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      panel_id uuid NOT NULL REFERENCES panel(id),
      child_id uuid NOT NULL REFERENCES child(id),
      given_name text NOT NULL,
      family_name text NOT NULL,
      date_of_birth date NOT NULL,
      nhs_number char(10),
      school text NOT NULL,
      year_group text,
      brought_by_name text NOT NULL,
      brought_by_role text NOT NULL,
      need text NOT NULL,
      state text NOT NULL DEFAULT 'new' CHECK (state IN ('new','consent','ready','on-agenda','allocated','in-review','closed')),
      consent_recorded boolean NOT NULL DEFAULT false,
      risk_level text CHECK (risk_level IN ('high','medium','low')),
      risk_note text,
      predicted_hours_per_week numeric(5,2) CHECK (predicted_hours_per_week > 0 AND predicted_hours_per_week <= 60),
      -- The risk in force when the panel first considered the case: the report's "risk at the start".
      risk_at_start text CHECK (risk_at_start IN ('high','medium','low')),
      predicted_hours_at_start numeric(5,2),
      closed_reason text,
      closed_on date,
      created_by uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      CONSTRAINT panel_case_risk_with_note CHECK ((risk_level IS NULL) = (risk_note IS NULL)),
      -- Belt and braces for the rule the domain enforces: nothing goes to panel without consent and the pre-panel risk.
      CONSTRAINT panel_case_panel_needs_consent CHECK (state NOT IN ('ready','on-agenda','allocated','in-review') OR (consent_recorded AND risk_level IS NOT NULL)),
      CONSTRAINT panel_case_closed_with_reason CHECK ((state = 'closed') = (closed_on IS NOT NULL) AND (closed_on IS NULL) = (closed_reason IS NULL)))`);
    await q.query(`CREATE INDEX panel_case_board_idx ON panel_case (panel_id, state, created_at)`);
    await q.query(`CREATE INDEX panel_case_child_idx ON panel_case (child_id)`);
    await q.query(`CREATE TABLE panel_consent (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL REFERENCES panel_case(id),
      given_by text NOT NULL,
      relationship text NOT NULL,
      given_on date NOT NULL,
      scope text NOT NULL,
      recorded_by uuid NOT NULL REFERENCES app_user(id),
      recorded_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX panel_consent_case_idx ON panel_consent (case_id, recorded_at)`);
    await q.query(`CREATE TABLE panel_risk_assessment (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL REFERENCES panel_case(id),
      level text NOT NULL CHECK (level IN ('high','medium','low')),
      note text NOT NULL,
      predicted_hours_per_week numeric(5,2),
      recorded_by uuid NOT NULL REFERENCES app_user(id),
      recorded_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX panel_risk_assessment_case_idx ON panel_risk_assessment (case_id, recorded_at)`);
    // One item per case per sitting. `carried_at`: the sitting closed with the item unresolved and it moved on
    // (to `carried_from_item_id` of the next sitting's item, or, with no sitting scheduled yet, to the next one created).
    await q.query(`CREATE TABLE panel_agenda_item (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      sitting_id uuid NOT NULL REFERENCES panel_sitting(id),
      case_id uuid NOT NULL REFERENCES panel_case(id),
      position integer NOT NULL,
      carried_from_item_id uuid UNIQUE REFERENCES panel_agenda_item(id),
      after_pack boolean NOT NULL DEFAULT false,
      decision text CHECK (decision IN ('allocated','not-allocated','deferred')),
      carried_at timestamptz,
      removed_at timestamptz,
      added_by uuid REFERENCES app_user(id),
      added_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE UNIQUE INDEX panel_agenda_item_once ON panel_agenda_item (sitting_id, case_id) WHERE removed_at IS NULL`);
    // A case waits for at most one decision at a time.
    await q.query(`CREATE UNIQUE INDEX panel_agenda_item_one_pending ON panel_agenda_item (case_id)
      WHERE decision IS NULL AND removed_at IS NULL AND carried_at IS NULL`);
  }

  private async decisions(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE panel_decision (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      item_id uuid NOT NULL UNIQUE REFERENCES panel_agenda_item(id),
      case_id uuid NOT NULL REFERENCES panel_case(id),
      sitting_id uuid NOT NULL REFERENCES panel_sitting(id),
      outcome text NOT NULL CHECK (outcome IN ('allocated','not-allocated','deferred')),
      reason text NOT NULL,
      recorded_by uuid NOT NULL REFERENCES app_user(id),
      recorded_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX panel_decision_case_idx ON panel_decision (case_id)`);
    await q.query(`CREATE TABLE panel_allocation (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      decision_id uuid NOT NULL REFERENCES panel_decision(id),
      case_id uuid NOT NULL REFERENCES panel_case(id),
      panel_id uuid NOT NULL REFERENCES panel(id),
      entry_id uuid NOT NULL REFERENCES panel_catalogue_entry(id),
      units_per_week integer NOT NULL CHECK (units_per_week BETWEEN 1 AND 40),
      weeks integer NOT NULL CHECK (weeks BETWEEN 1 AND 52),
      units integer NOT NULL,
      start_on date NOT NULL,
      financial_year text NOT NULL,
      block_units integer NOT NULL CHECK (block_units >= 0),
      spot_units integer NOT NULL CHECK (spot_units >= 0),
      unit_cost_pence integer NOT NULL,
      spot_price_pence integer,
      block_cost_pence bigint NOT NULL,
      spot_cost_pence bigint NOT NULL,
      cost_pence bigint NOT NULL,
      spot_confirmed boolean NOT NULL,
      budget_override_reason text,
      over_budget_by_pence bigint NOT NULL DEFAULT 0 CHECK (over_budget_by_pence >= 0),
      next_review_on date,
      status text NOT NULL DEFAULT 'active' CHECK (status IN ('active','ended')),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT panel_allocation_units CHECK (units = units_per_week * weeks AND block_units + spot_units = units),
      CONSTRAINT panel_allocation_cost CHECK (block_cost_pence = block_units::bigint * unit_cost_pence
        AND spot_cost_pence = spot_units::bigint * coalesce(spot_price_pence, 0) AND cost_pence = block_cost_pence + spot_cost_pence),
      CONSTRAINT panel_allocation_spot_confirmed CHECK (spot_units = 0 OR (spot_confirmed AND spot_price_pence IS NOT NULL)),
      CONSTRAINT panel_allocation_override_reason CHECK (over_budget_by_pence = 0 OR budget_override_reason IS NOT NULL),
      CONSTRAINT panel_allocation_reviewed_while_active CHECK ((status = 'active') = (next_review_on IS NOT NULL)))`);
    await q.query(`CREATE INDEX panel_allocation_entry_year_idx ON panel_allocation (entry_id, financial_year)`);
    await q.query(`CREATE INDEX panel_allocation_panel_year_idx ON panel_allocation (panel_id, financial_year)`);
    await q.query(`CREATE INDEX panel_allocation_case_idx ON panel_allocation (case_id)`);
    await q.query(`CREATE INDEX panel_allocation_review_idx ON panel_allocation (next_review_on) WHERE status = 'active'`);
    // What was allocated, for how much, stays as recorded; only the review schedule moves on.
    await q.query(`CREATE FUNCTION panel_allocation_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' OR (to_jsonb(OLD) - 'next_review_on' - 'status' - 'version') IS DISTINCT FROM (to_jsonb(NEW) - 'next_review_on' - 'status' - 'version') THEN
          RAISE EXCEPTION 'panel_allocation: what was allocated and its cost cannot change (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER panel_allocation_fixed BEFORE UPDATE OR DELETE ON panel_allocation FOR EACH ROW EXECUTE FUNCTION panel_allocation_fixed()`);

    await q.query(`CREATE TABLE panel_action (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      decision_id uuid NOT NULL REFERENCES panel_decision(id),
      case_id uuid NOT NULL REFERENCES panel_case(id),
      description text NOT NULL,
      owner text NOT NULL,
      due_on date NOT NULL,
      done_at timestamptz,
      done_by uuid REFERENCES app_user(id),
      done_note text,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT panel_action_done_by CHECK ((done_at IS NULL) = (done_by IS NULL)))`);
    await q.query(`CREATE INDEX panel_action_open_idx ON panel_action (due_on) WHERE done_at IS NULL`);
    await q.query(`CREATE INDEX panel_action_case_idx ON panel_action (case_id)`);
    // A reminder per action and due date, written once by the worker's daily run.
    await q.query(`CREATE TABLE panel_action_reminder (
      action_id uuid NOT NULL REFERENCES panel_action(id),
      due_on date NOT NULL,
      reminded_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (action_id, due_on))`);

    // Opened by the worker when a review falls within the list's lookahead; once its outcome is recorded it stands.
    await q.query(`CREATE TABLE panel_outcome_review (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      allocation_id uuid NOT NULL REFERENCES panel_allocation(id),
      case_id uuid NOT NULL REFERENCES panel_case(id),
      due_on date NOT NULL,
      opened_at timestamptz NOT NULL DEFAULT now(),
      outcome text CHECK (outcome IN ('high-impact','continuing-to-improve','limited-impact-other-pathway','extra-support-may-progress')),
      note text,
      reviewed_on date,
      recorded_by uuid REFERENCES app_user(id),
      recorded_at timestamptz,
      version integer NOT NULL DEFAULT 1,
      CONSTRAINT panel_outcome_review_once UNIQUE (allocation_id, due_on),
      CONSTRAINT panel_outcome_review_complete CHECK ((outcome IS NULL) = (reviewed_on IS NULL) AND (outcome IS NULL) = (recorded_by IS NULL)
        AND (outcome IS NULL) = (recorded_at IS NULL) AND (outcome IS NULL) = (note IS NULL)))`);
    await q.query(`CREATE INDEX panel_outcome_review_open_idx ON panel_outcome_review (due_on) WHERE outcome IS NULL`);
    await q.query(`CREATE INDEX panel_outcome_review_case_idx ON panel_outcome_review (case_id)`);
    await q.query(`CREATE FUNCTION panel_outcome_review_final() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' OR OLD.outcome IS NOT NULL THEN
          RAISE EXCEPTION '% is recorded: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER panel_outcome_review_final BEFORE UPDATE OR DELETE ON panel_outcome_review FOR EACH ROW EXECUTE FUNCTION panel_outcome_review_final()`);
  }

  /** The records of what happened: the runtime role got every right on new tables (RuntimeRole1763900000001); keep SELECT and INSERT. */
  private async appendOnly(q: QueryRunner): Promise<void> {
    for (const table of ['panel_consent', 'panel_risk_assessment', 'panel_decision', 'panel_pre_read_pack', 'panel_action_reminder']) {
      await q.query(`CREATE TRIGGER ${table}_no_change BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION refuse_change() -- from IdentityAndAudit1763900000000`);
      await q.query(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`);
      await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON ${table} FROM camhs_app`);
    }
    await q.query(`REVOKE DELETE, TRUNCATE ON panel_allocation, panel_outcome_review FROM camhs_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    const tables = [
      'panel_outcome_review', 'panel_action_reminder', 'panel_action', 'panel_allocation', 'panel_decision', 'panel_agenda_item', 'panel_risk_assessment',
      'panel_consent', 'panel_case', 'panel_attendance', 'panel_pre_read_pack', 'panel_sitting', 'panel_budget', 'panel_member', 'panel',
      'panel_catalogue_entry', 'panel_provider', 'panel_intervention_type', 'panel_settings',
    ];
    for (const t of tables) await q.query(`DROP TABLE ${t}`);
    await q.query(`DROP FUNCTION panel_outcome_review_final()`);
    await q.query(`DROP FUNCTION panel_allocation_fixed()`);
  }
}

/**
 * The toolkit as configuration, from the source (SEND Recovery Plan report §2.11–2.22 and the contract
 * register, Appendix A of the commissioning report). Where the register gives a contract value and
 * a volume, the unit cost is the one divided by the other; where it gives neither, the figures are
 * illustrative placeholders for the council to replace (the note on each entry says which).
 */
async function seedCatalogue(q: QueryRunner): Promise<void> {
  await q.query(`INSERT INTO panel_settings (hourly_cost_pence, weeks_per_year, schools_fund_first_pence, term_ends) VALUES (1126, 38, 600000, '{03-31,07-21,12-19}')`);
  const types: [string, string, string][] = [
    ['specialist-tutoring', 'Specialist tutoring', 'One-to-one or small-group tutoring by a specialist tutor'],
    ['specialist-counselling', 'Specialist counselling', 'Counselling by a qualified children’s counsellor'],
    ['speech-and-language-therapy', 'Speech and language therapy', 'Direct speech, language and communication support for the child and coaching for school staff'],
    ['psychological-intervention', 'Psychological intervention', 'Additional specific psychological interventions'],
    ['therapeutic-intervention', 'Therapeutic intervention', 'Evidence-based therapeutic interventions for children at risk of exclusion'],
    ['nurture-on-site', 'Nurture on-site place', 'A place in the Nurture provision (attachment-based, primary phase)'],
    ['nurture-outreach', 'Nurture outreach', 'Outreach support from the Nurture hub staff in the child’s own school'],
    ['semh-teacher-input', 'Specialist SEMH teacher input', 'A specialist social, emotional and mental health teacher working with the child and staff'],
    ['adhd-support', 'ADHD support for schools', 'Advice and support to the school about a child with ADHD'],
  ];
  for (const [code, name, description] of types) await q.query(`INSERT INTO panel_intervention_type (code, name, description) VALUES ($1, $2, $3)`, [code, name, description]);
  const providers = [
    'Leicestershire Partnership NHS Trust',
    'Leicester City Council',
    'Futures in Mind',
    'ADHD Solutions CIC',
    'Edith Weston Primary School Nurture hub',
    'Partners in Psychology Limited',
    'Specialist tutoring framework (provider to be named)',
    'Specialist counselling framework (provider to be named)',
  ];
  for (const name of providers) await q.query(`INSERT INTO panel_provider (name) VALUES ($1)`, [name]);
  // [type, provider, unit, unit cost, spot price, block units a year, note]
  const entries: [string, string, 'hours' | 'places', number, number | null, number, string][] = [
    ['speech-and-language-therapy', 'Leicestershire Partnership NHS Trust', 'hours', 12953, null, 855,
      'Source: a senior practitioner 3 days a week (3 × 7.5 h × 38 weeks = 855 h) for £110,748; £110,748 ÷ 855 ≈ £129.53 an hour. No spot purchase in the contract.'],
    ['semh-teacher-input', 'Leicester City Council', 'hours', 7556, null, 1520,
      'Source: £229,710 over two years (£114,855 a year); the hours (2 teachers × 20 h × 38 weeks = 1,520) are an illustrative assumption: £114,855 ÷ 1,520 ≈ £75.56.'],
    ['therapeutic-intervention', 'Futures in Mind', 'hours', 6249, 7000, 80,
      'Source: £4,999 for the year; 80 hours is an illustrative assumption (£4,999 ÷ 80 ≈ £62.49); spot price illustrative.'],
    ['adhd-support', 'ADHD Solutions CIC', 'hours', 4500, 4500, 0,
      'Source: a spot-purchase contract (£19,996 over two years): no block hours; £45 an hour is illustrative.'],
    ['nurture-on-site', 'Edith Weston Primary School Nurture hub', 'places', 25000, null, 228,
      'Source: designed for up to 6 children a year on site (6 places × 38 weeks = 228 place-weeks); £250 a place-week is illustrative.'],
    ['nurture-outreach', 'Edith Weston Primary School Nurture hub', 'hours', 5500, 6000, 266,
      'Source: 7 children supported through outreach (7 × 1 h × 38 weeks = 266 h); prices illustrative.'],
    ['psychological-intervention', 'Partners in Psychology Limited', 'hours', 9500, 11000, 120, 'Illustrative: 120 hours a year at £95, spot at £110.'],
    ['specialist-tutoring', 'Specialist tutoring framework (provider to be named)', 'hours', 3500, 4200, 400, 'Illustrative: 400 hours a year at £35, spot at £42.'],
    ['specialist-counselling', 'Specialist counselling framework (provider to be named)', 'hours', 4500, 6000, 300, 'Illustrative: 300 hours a year at £45, spot at £60.'],
  ];
  for (const [type, provider, unit, unitCost, spotPrice, blockUnits, note] of entries) {
    await q.query(
      `INSERT INTO panel_catalogue_entry (type_id, provider_id, unit, unit_cost_pence, spot_price_pence, block_units_per_year, note)
       SELECT t.id, p.id, $3, $4, $5, $6, $7 FROM panel_intervention_type t, panel_provider p WHERE t.code = $1 AND p.name = $2`,
      [type, provider, unit, unitCost, spotPrice, blockUnits, note],
    );
  }
}
