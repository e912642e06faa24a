-- Who recorded a partner city (the `sub` of the officer): personal data of that officer, part of
-- a data-subject export and cleared by an erasure.
ALTER TABLE partner_cities ADD COLUMN created_by text CHECK (length(created_by) <= 200);
CREATE INDEX partner_cities_created_by ON partner_cities (authority_id, created_by) WHERE created_by IS NOT NULL;
