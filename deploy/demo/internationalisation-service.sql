-- Demo data for internationalisation-service: the partner (twin) cities of the demo authority
-- (00000000-0000-4000-8000-00000000a001, the city of Liberec, CZ).
-- Applied by deploy/local/demo-data.sh as internationalisation_service after the migrations;
-- idempotent: fixed ids, ON CONFLICT DO NOTHING, so a re-run changes nothing (and keeps edits).

-- Row-level security shows and accepts only the rows of the authority set here.
SET app.authority_id = '00000000-0000-4000-8000-00000000a001';

INSERT INTO partner_cities (id, authority_id, name, country, region, languages, status, description)
VALUES
    ('00000000-0000-4000-8000-0000000c1001', '00000000-0000-4000-8000-00000000a001',
     'Zittau', 'DE', 'Sachsen', '{de}', 'active',
     'Neighbour across the border in the Neisse (Nisa) Euroregion; cross-border business contacts and trade fairs.'),
    ('00000000-0000-4000-8000-0000000c1002', '00000000-0000-4000-8000-00000000a001',
     'Jelenia Góra', 'PL', 'Dolnośląskie', '{pl}', 'active',
     'Partner city in Lower Silesia; tourism, glass and the Karkonosze region.'),
    ('00000000-0000-4000-8000-0000000c1003', '00000000-0000-4000-8000-00000000a001',
     'Amiens', 'FR', 'Hauts-de-France', '{fr}', 'active',
     'Partner city in northern France; textiles, universities and culture.')
ON CONFLICT DO NOTHING;

RESET app.authority_id;
