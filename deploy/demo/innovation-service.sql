-- Demo data for innovation-service: two open challenges of the demo authority
-- (00000000-0000-4000-8000-00000000a001, Liberec, CZ), ideas from residents and companies, and
-- their supports.
-- Applied by deploy/local/demo-data.sh as innovation_service after the migrations; idempotent:
-- fixed ids, ON CONFLICT DO NOTHING, so a re-run changes nothing (and keeps edits).

-- Row-level security shows and accepts only the rows of the authority set here.
SET app.authority_id = '00000000-0000-4000-8000-00000000a001';

INSERT INTO challenges (id, authority_id, title, description, status, opens_at, closes_at, budget_eur, created_at, updated_at)
VALUES
    ('00000000-0000-4000-8000-0000000f0101', '00000000-0000-4000-8000-00000000a001',
     'Smarter winter road maintenance',
     'Gritting and snow clearing cost the city more every year and salt damages trees and bridges. '
     || 'How can we clear the right streets at the right time, with less salt, and keep pavements safe near schools?',
     'open', '2026-10-01T06:00:00Z', '2027-03-31T21:59:59Z', 120000, '2026-10-01T06:00:00Z', '2026-10-01T06:00:00Z'),
    ('00000000-0000-4000-8000-0000000f0102', '00000000-0000-4000-8000-00000000a001',
     'Reusing empty shop fronts',
     'More than forty shop fronts in the centre stand empty. Propose uses that bring people back to the streets: '
     || 'temporary shops, workshops, services, culture. The city can lend its own premises for pilots.',
     'open', '2026-11-02T08:00:00Z', NULL, 60000, '2026-11-02T08:00:00Z', '2026-11-02T08:00:00Z')
ON CONFLICT DO NOTHING;

INSERT INTO ideas (id, authority_id, challenge_id, title, description, submitted_by, created_at)
VALUES
    ('00000000-0000-4000-8000-0000000f0201', '00000000-0000-4000-8000-00000000a001', '00000000-0000-4000-8000-0000000f0101',
     'Road-surface sensors decide the gritting runs',
     'Cheap temperature and moisture sensors on bridges and hills; trucks go out only where ice is forming.',
     'demo-resident-1', '2026-10-05T17:20:00Z'),
    ('00000000-0000-4000-8000-0000000f0202', '00000000-0000-4000-8000-00000000a001', '00000000-0000-4000-8000-0000000f0101',
     'Grit instead of salt near schools and parks',
     'Use crushed stone on pavements around schools and in parks, and sweep it up in spring for reuse.',
     'demo-resident-2', '2026-10-12T09:05:00Z'),
    ('00000000-0000-4000-8000-0000000f0203', '00000000-0000-4000-8000-00000000a001', '00000000-0000-4000-8000-0000000f0102',
     'Rotating makers'' market',
     'Local craftspeople (glass, textiles, wood) share one empty shop, each for a month, with a common till.',
     'demo-sme-1', '2026-11-04T14:30:00Z'),
    ('00000000-0000-4000-8000-0000000f0204', '00000000-0000-4000-8000-00000000a001', '00000000-0000-4000-8000-0000000f0102',
     'Start-up desk in the former bank branch',
     'Co-working desks for new firms with a weekly hour of advice from the chamber and the university.',
     'demo-resident-3', '2026-11-06T10:00:00Z'),
    ('00000000-0000-4000-8000-0000000f0205', '00000000-0000-4000-8000-00000000a001', NULL,
     'Open data on parking occupancy',
     'Publish live occupancy of the city car parks so that apps and signs can send drivers where there is room.',
     'demo-resident-1', '2026-11-10T19:45:00Z')
ON CONFLICT DO NOTHING;

INSERT INTO idea_supports (idea_id, supporter, authority_id, created_at)
VALUES
    ('00000000-0000-4000-8000-0000000f0201', 'demo-resident-2', '00000000-0000-4000-8000-00000000a001', '2026-10-06T08:00:00Z'),
    ('00000000-0000-4000-8000-0000000f0201', 'demo-resident-3', '00000000-0000-4000-8000-00000000a001', '2026-10-07T12:00:00Z'),
    ('00000000-0000-4000-8000-0000000f0201', 'demo-sme-1', '00000000-0000-4000-8000-00000000a001', '2026-10-09T16:00:00Z'),
    ('00000000-0000-4000-8000-0000000f0202', 'demo-resident-1', '00000000-0000-4000-8000-00000000a001', '2026-10-13T07:30:00Z'),
    ('00000000-0000-4000-8000-0000000f0203', 'demo-resident-1', '00000000-0000-4000-8000-00000000a001', '2026-11-05T11:00:00Z'),
    ('00000000-0000-4000-8000-0000000f0203', 'demo-resident-3', '00000000-0000-4000-8000-00000000a001', '2026-11-05T18:10:00Z'),
    ('00000000-0000-4000-8000-0000000f0205', 'demo-sme-1', '00000000-0000-4000-8000-00000000a001', '2026-11-11T09:00:00Z')
ON CONFLICT DO NOTHING;

-- support_count is kept equal to the number of supports (the service increments it with each one):
-- bring the demo ideas in line with their supports; a re-run finds nothing to change.
UPDATE ideas SET support_count = counted.n
FROM (SELECT idea_id, count(*)::integer AS n FROM idea_supports GROUP BY idea_id) AS counted
WHERE ideas.id = counted.idea_id
  AND ideas.id IN ('00000000-0000-4000-8000-0000000f0201', '00000000-0000-4000-8000-0000000f0202',
                   '00000000-0000-4000-8000-0000000f0203', '00000000-0000-4000-8000-0000000f0204',
                   '00000000-0000-4000-8000-0000000f0205')
  AND ideas.support_count <> counted.n;

RESET app.authority_id;
