-- Demo data of contacts-service for the demo authority (Liberec region, CZ), idempotent.
-- Applied by deploy/local/demo-data.sh as the contacts_service role after migrations.

-- The registry: the demo authority and a neighbour it can share partners with. Row-level
-- security lets a session register only the authority it acts for.
SET app.authority_id = '00000000-0000-4000-8000-00000000a002';
INSERT INTO authorities (id, name, country, municipality_code, languages)
VALUES ('00000000-0000-4000-8000-00000000a002', 'Statutární město Jablonec nad Nisou', 'CZ', '563510', '{cs,de,en}')
ON CONFLICT (id) DO NOTHING;

-- Row-level security shows and accepts only the rows of the authority set here.
SET app.authority_id = '00000000-0000-4000-8000-00000000a001';
INSERT INTO authorities (id, name, country, municipality_code, languages)
VALUES ('00000000-0000-4000-8000-00000000a001', 'Liberecký kraj', 'CZ', 'CZ051', '{cs,de,pl,en}')
ON CONFLICT (id) DO NOTHING;
INSERT INTO organisations (id, authority_id, kind, legal_name, registration_number, country, municipality, address, website,
                           languages, keywords, description, size_class)
VALUES
    ('0193a000-0000-7000-8000-000000000101', '00000000-0000-4000-8000-00000000a001', 'sme',
     'Łódzkie Zakłady Tekstylne Sp. z o.o.', '0000123456', 'PL', 'Łódź', 'ul. Piotrkowska 100, 90-004 Łódź',
     'https://example.pl', '{pl,en,de}', '{textiles,"technical fabrics",export}',
     'Family-run weaving mill producing technical fabrics for the automotive industry.', 'small'),
    ('0193a000-0000-7000-8000-000000000102', '00000000-0000-4000-8000-00000000a001', 'university',
     'Technická univerzita v Liberci', '46747885', 'CZ', 'Liberec', 'Studentská 1402/2, 461 17 Liberec',
     'https://www.tul.cz', '{cs,en}', '{nanofibres,textiles,research}',
     'Technical university with a strong textile and nanomaterials faculty.', 'large'),
    ('0193a000-0000-7000-8000-000000000103', '00000000-0000-4000-8000-00000000a001', 'chamber',
     'Industrie- und Handelskammer Dresden', NULL, 'DE', 'Dresden', 'Langer Weg 4, 01239 Dresden',
     'https://www.ihk.de/dresden', '{de,en}', '{"cross-border trade",export}', 'Chamber of commerce and industry.', NULL),
    ('0193a000-0000-7000-8000-000000000104', '00000000-0000-4000-8000-00000000a001', 'sme',
     'Sklárna Kořenov s.r.o.', '25412345', 'CZ', 'Kořenov', NULL, NULL, '{cs,de}', '{glass,crafts,"christmas decorations"}',
     'Glassworks making hand-blown Christmas decorations.', 'micro'),
    ('0193a000-0000-7000-8000-000000000105', '00000000-0000-4000-8000-00000000a001', 'company',
     'Székesfehérvári Fémfeldolgozó Kft.', '07-09-123456', 'HU', 'Székesfehérvár', NULL, NULL, '{hu,en}',
     '{metalworking,"precision parts"}', 'Precision metal parts for machine builders.', 'medium')
ON CONFLICT (id) DO NOTHING;
