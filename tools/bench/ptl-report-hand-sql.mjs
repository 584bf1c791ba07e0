// The baseline of the PTL report benchmark: the report's figures (spec/ptl-report.md) as one
// hand-written SQL statement returning the contract's JSON, written for speed with no concern for
// drill-down, scope or reuse. $1 asOf, $2 area id or null, $3 team id or null, $4 period start,
// $5 the previous report's date (asOf − 14). Thresholds as the domain sets them: access 28/91 days,
// 13/18 weeks = 91/126 days, seen = 60 days, RED 14 / AMBER 91 / GREEN 182 days, cycle 14 days.
export const HAND_SQL = `
WITH r AS (
  SELECT id, source_id, child_id, urgency, received_on, access_completed_on, access_outcome, assessment_completed_on,
         assessment_outcome, discharged_on, rag, rag_set_on, lead_professional, red_interval_days
    FROM referral WHERE ($2::uuid IS NULL OR area_id = $2) AND ($3::uuid IS NULL OR team_id = $3)),
wfa AS (
  SELECT source_id, id, child_id, urgency, $1::date - received_on AS days FROM r
   WHERE received_on <= $1 AND (access_completed_on IS NULL OR access_completed_on > $1) AND (discharged_on IS NULL OR discharged_on > $1)),
ia AS (
  SELECT child_id, $1::date - access_completed_on AS days FROM r
   WHERE access_outcome = 'accepted' AND access_completed_on <= $1
     AND (assessment_completed_on IS NULL OR assessment_completed_on > $1) AND (discharged_on IS NULL OR discharged_on > $1)),
open AS MATERIALIZED (
  SELECT w.source_id AS wait_id, w.list_id, r.child_id, $1::date - w.added_on AS days, $1::date - r.received_on AS rtt_days
    FROM wait w JOIN r ON r.id = w.referral_id
   WHERE w.added_on <= $1 AND (w.started_on IS NULL OR w.started_on > $1) AND (w.removed_on IS NULL OR w.removed_on > $1)),
waiting AS MATERIALIZED (SELECT DISTINCT child_id FROM open),
-- Each appointment fact from its own partial index, reading only referral_id and date (index-only).
future AS (SELECT DISTINCT r.child_id FROM appointment a JOIN r ON r.id = a.referral_id WHERE a.status = 'booked' AND a.date > $1),
seen AS (
  SELECT DISTINCT r.child_id FROM appointment a JOIN r ON r.id = a.referral_id
   WHERE a.status = 'attended' AND a.date > $1::date - 60 AND a.date <= $1),
reviewed AS (
  SELECT r.child_id, max(a.date) AS last_review, count(*) FILTER (WHERE a.date > $1::date - 14) AS reviews_14
    FROM appointment a JOIN r ON r.id = a.referral_id
   WHERE a.kind = 'duty-review' AND a.status = 'attended' AND a.date <= $1 GROUP BY r.child_id),
per_child AS MATERIALIZED (
  SELECT w.child_id, f.child_id IS NOT NULL AS future, s.child_id IS NOT NULL AS seen, rv.last_review, coalesce(rv.reviews_14, 0) AS reviews_14
    FROM waiting w LEFT JOIN future f ON f.child_id = w.child_id LEFT JOIN seen s ON s.child_id = w.child_id
    LEFT JOIN reviewed rv ON rv.child_id = w.child_id),
rated AS (
  SELECT DISTINCT ON (w.child_id) w.child_id, r.rag, r.lead_professional, r.rag_set_on, r.red_interval_days
    FROM waiting w LEFT JOIN r ON r.child_id = w.child_id AND r.rag IS NOT NULL AND r.rag_set_on <= $1
   ORDER BY w.child_id, r.rag_set_on DESC NULLS LAST, r.source_id),
duty AS (
  SELECT rt.rag, rt.lead_professional,
         coalesce(pc.last_review, rt.rag_set_on) + CASE rt.rag WHEN 'RED' THEN coalesce(rt.red_interval_days, 14) WHEN 'AMBER' THEN 91 ELSE 182 END AS due_on,
         pc.reviews_14
    FROM rated rt JOIN per_child pc ON pc.child_id = rt.child_id),
prev AS (
  SELECT (SELECT count(DISTINCT child_id) FROM r WHERE received_on <= $5 AND (access_completed_on IS NULL OR access_completed_on > $5)
            AND (discharged_on IS NULL OR discharged_on > $5))::int AS wfa,
         count(DISTINCT r.child_id)::int AS children, count(*)::int AS waits
    FROM wait w JOIN r ON r.id = w.referral_id
   WHERE w.added_on <= $5 AND (w.started_on IS NULL OR w.started_on > $5) AND (w.removed_on IS NULL OR w.removed_on > $5))
SELECT json_build_object(
  'referralsByMonth', (
    SELECT json_agg(json_build_object('month', m.month, 'routine', coalesce(c.routine, 0), 'urgent', coalesce(c.urgent, 0)) ORDER BY m.month)
      FROM (SELECT to_char(d, 'YYYY-MM') AS month FROM generate_series($4::date, $1::date, interval '1 month') d) m
      LEFT JOIN (SELECT to_char(received_on, 'YYYY-MM') AS month, count(*) FILTER (WHERE urgency = 'routine')::int AS routine,
                        count(*) FILTER (WHERE urgency = 'urgent')::int AS urgent
                   FROM r WHERE received_on BETWEEN $4 AND $1 GROUP BY 1) c ON c.month = m.month),
  'accessCompliance', (
    SELECT coalesce(json_agg(json_build_object('month', month, 'urgency', urgency, 'pass', pass, 'fail', fail) ORDER BY month, urgency), '[]')
      FROM (SELECT to_char(access_completed_on, 'YYYY-MM') AS month, urgency,
                   count(*) FILTER (WHERE access_completed_on - received_on <= CASE urgency WHEN 'urgent' THEN 28 ELSE 91 END)::int AS pass,
                   count(*) FILTER (WHERE access_completed_on - received_on > CASE urgency WHEN 'urgent' THEN 28 ELSE 91 END)::int AS fail
              FROM r WHERE access_completed_on BETWEEN $4 AND $1 GROUP BY 1, 2) x),
  'accessOutcomes', (
    SELECT json_build_object('accepted', count(*) FILTER (WHERE access_outcome = 'accepted'), 'redirected', count(*) FILTER (WHERE access_outcome = 'redirected'),
                             'returned', count(*) FILTER (WHERE access_outcome = 'returned'))
      FROM r WHERE access_completed_on BETWEEN $4 AND $1),
  'waitingForAccess', (
    SELECT json_build_object('children', count(DISTINCT child_id), 'routine', count(DISTINCT child_id) FILTER (WHERE urgency = 'routine'),
             'urgent', count(DISTINCT child_id) FILTER (WHERE urgency = 'urgent'), 'longestWeeks', coalesce(floor(max(days) / 7.0), 0)::int,
             'averageWeeks', coalesce(round(avg(days) / 7, 1), 0)::float, 'over13Weeks', count(*) FILTER (WHERE days > 91),
             'urgentCases', coalesce((
               SELECT json_agg(json_build_object('referralId', u.source_id, 'weeksWaiting', floor(u.days / 7.0)::int, 'hasFutureAppointment',
                        EXISTS (SELECT 1 FROM appointment a WHERE a.referral_id = u.id AND a.status = 'booked' AND a.date > $1)) ORDER BY u.days DESC, u.source_id)
                 FROM wfa u WHERE u.urgency = 'urgent'), '[]'))
      FROM wfa),
  'inAssessment', (SELECT json_build_object('children', count(DISTINCT child_id), 'longestWeeks', coalesce(floor(max(days) / 7.0), 0)::int,
                                            'averageWeeks', coalesce(round(avg(days) / 7, 1), 0)::float) FROM ia),
  'waitingForTreatment', (
    SELECT json_build_object('children', (SELECT count(*) FROM waiting), 'waits', (SELECT count(*) FROM open),
             'byList', (SELECT coalesce(json_agg(json_build_object('list', l.name, 'waits', n) ORDER BY n DESC, l.name), '[]')
                          FROM (SELECT list_id, count(*)::int AS n FROM open GROUP BY 1) x JOIN waiting_list l ON l.id = x.list_id),
             'withFutureAppointment', count(*) FILTER (WHERE future), 'withoutFutureAppointment', count(*) FILTER (WHERE future IS NOT TRUE),
             'withoutFutureAppointmentSeenLast60Days', count(*) FILTER (WHERE future IS NOT TRUE AND seen),
             'longestWithoutAppointment', (
               SELECT json_build_object('weeks', floor(o.days / 7.0)::int, 'list', l.name, 'waitId', o.wait_id)
                 FROM open o JOIN per_child pc ON pc.child_id = o.child_id AND pc.future IS NOT TRUE JOIN waiting_list l ON l.id = o.list_id
                ORDER BY o.days DESC, o.wait_id LIMIT 1))
      FROM per_child),
  'rtt', (SELECT json_build_object('over13Weeks', count(*) FILTER (WHERE rtt_days > 91), 'over18Weeks', count(*) FILTER (WHERE rtt_days > 126)) FROM open),
  'duty', (
    SELECT json_build_object(
             'rag', json_build_object('RED', count(*) FILTER (WHERE rag = 'RED'), 'AMBER', count(*) FILTER (WHERE rag = 'AMBER'),
                                      'GREEN', count(*) FILTER (WHERE rag = 'GREEN'), 'unrated', count(*) FILTER (WHERE rag IS NULL)),
             'redWithoutLeadProfessional', count(*) FILTER (WHERE rag = 'RED' AND lead_professional IS NULL),
             'reviewsDue', count(*) FILTER (WHERE rag IS NOT NULL AND due_on >= $1 AND due_on < $1::date + 14),
             'reviewsOverdue', count(*) FILTER (WHERE rag IS NOT NULL AND due_on < $1),
             'reviewsCompletedInLast14Days', coalesce(sum(reviews_14), 0)::int)
      FROM duty),
  'flow', (SELECT json_build_object(
             'acceptedLast14Days', count(*) FILTER (WHERE assessment_outcome = 'accepted' AND assessment_completed_on > $1::date - 14 AND assessment_completed_on <= $1),
             'dischargedLast14Days', count(*) FILTER (WHERE discharged_on > $1::date - 14 AND discharged_on <= $1)) FROM r),
  'previous', (SELECT json_build_object('asOf', to_char($5::date, 'YYYY-MM-DD'), 'waitingForAccess', wfa, 'waitingForTreatmentChildren', children, 'waits', waits) FROM prev)
) AS report`;
