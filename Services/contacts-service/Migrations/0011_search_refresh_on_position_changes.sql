-- A contact person's update refreshes the search text of an organisation only when the person's
-- position or organisation changed (0007 refreshed it on every update: reveals, consents and
-- imports touched the organisation's row each time).
CREATE FUNCTION contact_persons_refresh_search_on_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE organisations o SET search_text = ''
    WHERE (o.authority_id, o.id) IN (
        SELECT n.authority_id, n.organisation_id FROM changed_rows n JOIN previous_rows p ON p.id = n.id
        WHERE n.position IS DISTINCT FROM p.position OR n.organisation_id IS DISTINCT FROM p.organisation_id
        UNION
        SELECT p.authority_id, p.organisation_id FROM changed_rows n JOIN previous_rows p ON p.id = n.id
        WHERE n.organisation_id IS DISTINCT FROM p.organisation_id
    );
    RETURN NULL;
END;
$$;
DROP TRIGGER contact_persons_search_update ON contact_persons;
CREATE TRIGGER contact_persons_search_update AFTER UPDATE ON contact_persons
    REFERENCING OLD TABLE AS previous_rows NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION contact_persons_refresh_search_on_update();
