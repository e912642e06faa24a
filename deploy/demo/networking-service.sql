-- Demo data for networking-service: the monthly business-network meetings of the demo authority
-- (00000000-0000-4000-8000-00000000a001, Liberec, CZ) for the quarter from December 2026 to
-- February 2027 (2026-Q4/2027-Q1), and a few registrations of organisations from
-- deploy/demo/contacts-service.sql (names as contacts-service knew them at registration).
-- Applied by deploy/local/demo-data.sh as networking_service after the migrations; idempotent:
-- fixed ids, ON CONFLICT DO NOTHING, so a re-run changes nothing (and keeps edits).

-- Row-level security shows and accepts only the rows of the authority set here.
SET app.authority_id = '00000000-0000-4000-8000-00000000a001';

INSERT INTO meetings (id, authority_id, title, topic, description, location, starts_at, ends_at, capacity)
VALUES
    ('00000000-0000-4000-8000-0000000e0101', '00000000-0000-4000-8000-00000000a001',
     'December business breakfast: Export to Germany', 'Export to Germany',
     'Saxony is next door: how to find buyers, what German customers expect, and the chamber''s export support. With IHK Dresden.',
     'Liberec town hall, Chamber room, nám. Dr. E. Beneše 1', '2026-12-10T07:30:00Z', '2026-12-10T09:30:00Z', 40),
    ('00000000-0000-4000-8000-0000000e0102', '00000000-0000-4000-8000-00000000a001',
     'January network meeting: Digital invoicing', 'Digital invoicing',
     'Structured e-invoices (ISDOC, ZUGFeRD, Peppol) for small firms: what changes, which tools, first experiences.',
     'Technical University of Liberec, building G, Studentská 1402/2', '2027-01-14T16:00:00Z', '2027-01-14T18:00:00Z', 60),
    ('00000000-0000-4000-8000-0000000e0103', '00000000-0000-4000-8000-00000000a001',
     'February network meeting: Energy costs', 'Energy costs',
     'Cutting energy bills in workshops and small production: audits, shared purchasing, rooftop solar and subsidies.',
     'Liberec town hall, Chamber room, nám. Dr. E. Beneše 1', '2027-02-11T16:00:00Z', '2027-02-11T18:00:00Z', 50)
ON CONFLICT DO NOTHING;

INSERT INTO registrations (id, authority_id, meeting_id, organisation_id, organisation_name, attendees, registered_by)
VALUES
    ('00000000-0000-4000-8000-0000000e0201', '00000000-0000-4000-8000-00000000a001', '00000000-0000-4000-8000-0000000e0101',
     '0193a000-0000-7000-8000-000000000104', 'Sklárna Kořenov s.r.o.', 2, 'demo-data'),
    ('00000000-0000-4000-8000-0000000e0202', '00000000-0000-4000-8000-00000000a001', '00000000-0000-4000-8000-0000000e0101',
     '0193a000-0000-7000-8000-000000000103', 'Industrie- und Handelskammer Dresden', 1, 'demo-data'),
    ('00000000-0000-4000-8000-0000000e0203', '00000000-0000-4000-8000-00000000a001', '00000000-0000-4000-8000-0000000e0102',
     '0193a000-0000-7000-8000-000000000102', 'Technická univerzita v Liberci', 3, 'demo-data')
ON CONFLICT DO NOTHING;
