-- The partner database: organisations with sectors, size figures and partner role; their contact
-- persons; consent per person and purpose (append-only history); and the log of every access to
-- personal data. Every table is tenant-owned (authority_id, row-level security as in 0002).

-- Organisations: sectors (NACE Rev. 2.1 codes, checked against nace_codes by the service), the
-- figures of the EU SME definition, the authority's own reference (CSV imports), partner role.
ALTER TABLE organisations
    ADD COLUMN sectors text[] NOT NULL DEFAULT '{}' CHECK (cardinality(sectors) <= 20),
    -- The sectors and every code above them (25.62 -> 25.62, 25.6, 25, C), for the sector filter.
    ADD COLUMN sector_lineage text[] NOT NULL DEFAULT '{}',
    ADD COLUMN staff_headcount integer CHECK (staff_headcount >= 0),
    ADD COLUMN annual_turnover_eur bigint CHECK (annual_turnover_eur >= 0),
    ADD COLUMN balance_sheet_total_eur bigint CHECK (balance_sheet_total_eur >= 0),
    -- NULL: not a partner of the authority.
    ADD COLUMN partner_role text CHECK (partner_role IN ('project_partner', 'funding_partner', 'knowledge_partner',
                                                          'network_member', 'supplier', 'other')),
    ADD COLUMN external_ref text CHECK (length(external_ref) BETWEEN 1 AND 100),
    -- Contact persons name their organisation with (authority_id, id), so a person can never
    -- belong to another authority's organisation.
    ADD CONSTRAINT organisations_authority_id_unique UNIQUE (authority_id, id);

CREATE UNIQUE INDEX organisations_external_ref ON organisations (authority_id, external_ref) WHERE external_ref IS NOT NULL;
CREATE INDEX organisations_sector_lineage ON organisations USING gin (sector_lineage);
CREATE INDEX organisations_languages ON organisations USING gin (languages);
CREATE INDEX organisations_authority_country ON organisations (authority_id, country);

CREATE TABLE contact_persons (
    id uuid PRIMARY KEY,
    authority_id uuid NOT NULL,
    organisation_id uuid NOT NULL,
    external_ref text CHECK (length(external_ref) BETWEEN 1 AND 100),
    -- Personal fields; NULL once the person is anonymised (erasure or retention purge).
    given_name text CHECK (length(given_name) BETWEEN 1 AND 200),
    family_name text CHECK (length(family_name) BETWEEN 1 AND 200),
    email text CHECK (length(email) <= 320),
    phone text CHECK (length(phone) <= 40),
    languages text[] NOT NULL DEFAULT '{}',
    notes text CHECK (length(notes) <= 5000),
    -- Not personal on its own: searchable at organisation level ("export manager").
    position text CHECK (length(position) <= 200),
    anonymised_at timestamptz,
    -- Last contact, reveal or change: the retention purge counts inactivity from here.
    last_activity_at timestamptz NOT NULL DEFAULT now(),
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (authority_id, organisation_id) REFERENCES organisations (authority_id, id),
    UNIQUE (authority_id, id),
    CHECK (anonymised_at IS NOT NULL OR (given_name IS NOT NULL AND family_name IS NOT NULL))
);

CREATE INDEX contact_persons_organisation ON contact_persons (authority_id, organisation_id, family_name, id);
CREATE UNIQUE INDEX contact_persons_email ON contact_persons (organisation_id, lower(email)) WHERE email IS NOT NULL;
CREATE UNIQUE INDEX contact_persons_external_ref ON contact_persons (authority_id, external_ref) WHERE external_ref IS NOT NULL;
CREATE INDEX contact_persons_retention ON contact_persons (authority_id, last_activity_at) WHERE anonymised_at IS NULL;

-- Consent (GDPR Art. 7: the controller must be able to prove it): one row per given or
-- withdrawn consent, never changed; the current state is the latest event per purpose.
CREATE TABLE consent_events (
    id uuid PRIMARY KEY,
    authority_id uuid NOT NULL,
    person_id uuid NOT NULL,
    purpose text NOT NULL CHECK (purpose IN ('partner_matching', 'directory_management', 'follow_up', 'event_organisation',
                                             'innovation_participation', 'statistics', 'data_subject_rights')),
    action text NOT NULL CHECK (action IN ('given', 'withdrawn')),
    -- When the person gave or withdrew it (the proof's time), and the proof itself.
    occurred_at timestamptz NOT NULL,
    text_version text NOT NULL CHECK (length(text_version) BETWEEN 1 AND 100),
    source text NOT NULL CHECK (length(source) BETWEEN 1 AND 100),
    recorded_by text NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (authority_id, person_id) REFERENCES contact_persons (authority_id, id)
);

CREATE INDEX consent_events_person ON consent_events (authority_id, person_id, purpose, occurred_at, recorded_at);

-- Every access to personal data: who, whose, when, for which purpose, under which grant.
CREATE TABLE personal_data_access (
    id uuid PRIMARY KEY,
    authority_id uuid NOT NULL,
    person_id uuid NOT NULL,
    actor text NOT NULL,
    actor_roles text[] NOT NULL,
    purpose text NOT NULL,
    action text NOT NULL CHECK (action IN ('read', 'reveal', 'create', 'update', 'import', 'export', 'erase', 'anonymise')),
    fields text[] NOT NULL DEFAULT '{}',
    grant_id uuid,
    occurred_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX personal_data_access_occurred ON personal_data_access (authority_id, occurred_at DESC, id DESC);
CREATE INDEX personal_data_access_person ON personal_data_access (authority_id, person_id, occurred_at DESC, id DESC);

-- Append-only like the audit log (0004), for the service's own role too.
CREATE TRIGGER consent_events_no_update_or_delete BEFORE UPDATE OR DELETE ON consent_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
CREATE TRIGGER consent_events_no_truncate BEFORE TRUNCATE ON consent_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();
CREATE TRIGGER personal_data_access_no_update_or_delete BEFORE UPDATE OR DELETE ON personal_data_access
    FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
CREATE TRIGGER personal_data_access_no_truncate BEFORE TRUNCATE ON personal_data_access
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();

ALTER TABLE contact_persons ENABLE ROW LEVEL SECURITY;
ALTER TABLE contact_persons FORCE ROW LEVEL SECURITY;
CREATE POLICY contact_persons_tenant ON contact_persons
    USING (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)
    WITH CHECK (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid);
ALTER TABLE consent_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE consent_events FORCE ROW LEVEL SECURITY;
CREATE POLICY consent_events_tenant ON consent_events
    USING (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)
    WITH CHECK (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid);
ALTER TABLE personal_data_access ENABLE ROW LEVEL SECURITY;
ALTER TABLE personal_data_access FORCE ROW LEVEL SECURITY;
CREATE POLICY personal_data_access_tenant ON personal_data_access
    USING (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)
    WITH CHECK (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid);

-- Search: one text per organisation with its names, municipality, keywords, description, the
-- names of its sectors and the positions of its contact persons, without diacritics and
-- lower-cased. It replaces the generated column of 0001, which could not read other tables;
-- triggers keep it current.
DROP INDEX organisations_search_trgm;
ALTER TABLE organisations DROP COLUMN search_text;
DROP FUNCTION organisation_search_text(text, text[], text, text);
ALTER TABLE organisations ADD COLUMN search_text text NOT NULL DEFAULT '';

CREATE FUNCTION organisations_search_document() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.sector_lineage := nace_lineage(NEW.sectors);
    NEW.search_text := extensions.f_unaccent(lower(concat_ws(' ',
        NEW.legal_name, NEW.municipality, array_to_string(NEW.keywords, ' '), NEW.description,
        (SELECT string_agg(name, ' ') FROM nace_codes WHERE code = ANY (NEW.sectors)),
        (SELECT string_agg(DISTINCT position, ' ') FROM contact_persons
          WHERE authority_id = NEW.authority_id AND organisation_id = NEW.id AND position IS NOT NULL)
    )));
    RETURN NEW;
END;
$$;
CREATE TRIGGER organisations_search BEFORE INSERT OR UPDATE ON organisations
    FOR EACH ROW EXECUTE FUNCTION organisations_search_document();

-- A change of contact persons refreshes their organisations' search text, once per statement
-- (a CSV import of thousands of persons updates each organisation once).
CREATE FUNCTION contact_persons_refresh_search() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE organisations o SET search_text = '' WHERE (o.authority_id, o.id) IN (SELECT DISTINCT authority_id, organisation_id FROM changed_rows);
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE organisations o SET search_text = '' WHERE (o.authority_id, o.id) IN (SELECT DISTINCT authority_id, organisation_id FROM previous_rows);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER contact_persons_search_insert AFTER INSERT ON contact_persons
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION contact_persons_refresh_search();
CREATE TRIGGER contact_persons_search_update AFTER UPDATE ON contact_persons
    REFERENCING OLD TABLE AS previous_rows NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION contact_persons_refresh_search();
CREATE TRIGGER contact_persons_search_delete AFTER DELETE ON contact_persons
    REFERENCING OLD TABLE AS previous_rows FOR EACH STATEMENT EXECUTE FUNCTION contact_persons_refresh_search();

-- Existing rows of every authority get their search text (the BEFORE UPDATE trigger computes
-- it); row-level security is lifted for the owner only within this migration's transaction.
ALTER TABLE organisations NO FORCE ROW LEVEL SECURITY;
UPDATE organisations SET search_text = '';
ALTER TABLE organisations FORCE ROW LEVEL SECURITY;
CREATE INDEX organisations_search_trgm ON organisations USING gin (search_text extensions.gin_trgm_ops);
