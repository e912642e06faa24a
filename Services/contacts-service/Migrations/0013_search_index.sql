-- Keyword search as an inverted index (issue 4, decision 0007). The trigram match over one search
-- text per organisation (0007) had to rank every matching row before it could answer a page: a
-- common word matched tens of thousands of organisations and a search took seconds. Here every
-- organisation's words, and its phrases of two and three words, are posted with the weight of the
-- field they come from; a page of results for a word or a phrase is then a short walk down one
-- index, in relevance order. `search_organisations` below is the whole search; the service calls it.

-- Field weights (the score of a match is similarity (1-100) x weight).
--   legal name 10, municipality 8, keywords 7, sector names 5, contact persons' positions 4,
--   description 3.
CREATE TABLE search_terms (
    authority_id uuid NOT NULL,
    organisation_id uuid NOT NULL,
    -- A word, or two or three consecutive words of one field, lower-case and without diacritics.
    -- Compared byte by byte (the index is read by equality and prefix, never for display).
    term text COLLATE "C" NOT NULL,
    weight smallint NOT NULL CHECK (weight BETWEEN 1 AND 100),
    PRIMARY KEY (authority_id, organisation_id, term)
);
-- A page for one term: the best weights first, ties by organisation id (descending), read backwards.
CREATE INDEX search_terms_ranked ON search_terms (authority_id, term, weight, organisation_id);

-- The single words of each authority: a query word is also matched to the words it begins, to
-- itself shortened by a letter or two, and, when it is none of them, to trigram-similar words.
CREATE TABLE search_vocabulary (
    authority_id uuid NOT NULL,
    term text COLLATE "C" NOT NULL,
    -- The word first: a lookup by word or prefix stays an index range whatever the planner
    -- guesses of how many words an authority has (the search's plans are generic, and authorities
    -- range from a few words to tens of thousands).
    PRIMARY KEY (term, authority_id)
);
CREATE INDEX search_vocabulary_trigrams ON search_vocabulary USING gin (term extensions.gin_trgm_ops);

ALTER TABLE search_terms ENABLE ROW LEVEL SECURITY;
ALTER TABLE search_terms FORCE ROW LEVEL SECURITY;
CREATE POLICY search_terms_tenant ON search_terms
    USING (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)
    WITH CHECK (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid);
ALTER TABLE search_vocabulary ENABLE ROW LEVEL SECURITY;
ALTER TABLE search_vocabulary FORCE ROW LEVEL SECURITY;
CREATE POLICY search_vocabulary_tenant ON search_vocabulary
    USING (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)
    WITH CHECK (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid);

-- The words of a text as the index and the queries see them: lower-case, without diacritics,
-- split at anything but letters, digits and '&' ("R&D"), single characters left out ("s.r.o.").
CREATE FUNCTION search_words(p_text text) RETURNS TABLE (word text, place bigint)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT w.word, row_number() OVER (ORDER BY w.ordinality)
    FROM regexp_split_to_table(extensions.f_unaccent(lower(coalesce(p_text, ''))), '[^[:alnum:]&]+') WITH ORDINALITY AS w(word, ordinality)
    WHERE length(w.word) BETWEEN 2 AND 40 AND w.word ~ '[[:alnum:]]'
$$;

-- The terms of one organisation with their weights: every word, and every run of two and three
-- consecutive words within one field (one keyword, one sector name, one position), at the weight
-- of the best field they occur in.
CREATE FUNCTION organisation_search_terms(p_legal_name text, p_municipality text, p_keywords text[],
                                          p_description text, p_sectors text[], p_positions text[])
RETURNS TABLE (term text, weight smallint)
LANGUAGE sql STABLE AS $$
    WITH fields (field, text, weight) AS (
        SELECT row_number() OVER (), f.text, f.weight FROM (
            SELECT p_legal_name AS text, 10 AS weight
            UNION ALL SELECT p_municipality, 8
            UNION ALL SELECT k, 7 FROM unnest(p_keywords) AS k
            UNION ALL SELECT n.name, 5 FROM nace_codes n WHERE n.code = ANY (p_sectors)
            UNION ALL SELECT p, 4 FROM unnest(p_positions) AS p
            UNION ALL SELECT p_description, 3
        ) f WHERE f.text IS NOT NULL
    ),
    words AS (
        SELECT f.field, f.weight, w.word, w.place FROM fields f CROSS JOIN LATERAL search_words(f.text) w
    )
    SELECT t.term, max(t.weight)::smallint FROM (
        SELECT word AS term, weight FROM words
        UNION ALL
        SELECT a.word || ' ' || b.word, a.weight
        FROM words a JOIN words b ON b.field = a.field AND b.place = a.place + 1
        UNION ALL
        SELECT a.word || ' ' || b.word || ' ' || c.word, a.weight
        FROM words a JOIN words b ON b.field = a.field AND b.place = a.place + 1
                     JOIN words c ON c.field = a.field AND c.place = a.place + 2
    ) t
    GROUP BY t.term
$$;

-- Posts the terms of the given organisations (their current rows) and adds new words to the
-- vocabulary.
CREATE FUNCTION search_index_post(p_authority_ids uuid[], p_organisation_ids uuid[]) RETURNS void
LANGUAGE sql AS $$
    WITH posted AS (
        INSERT INTO search_terms (authority_id, organisation_id, term, weight)
        SELECT o.authority_id, o.id, t.term, t.weight
        FROM unnest(p_authority_ids, p_organisation_ids) AS k(authority_id, organisation_id)
        JOIN organisations o ON o.authority_id = k.authority_id AND o.id = k.organisation_id
        CROSS JOIN LATERAL organisation_search_terms(
            o.legal_name, o.municipality, o.keywords, o.description, o.sectors,
            ARRAY(SELECT DISTINCT p.position FROM contact_persons p
                  WHERE p.authority_id = o.authority_id AND p.organisation_id = o.id AND p.position IS NOT NULL)) t
        RETURNING authority_id, term
    )
    -- In word order, as every writer of the vocabulary: two imports adding the same new words wait
    -- for each other instead of deadlocking.
    INSERT INTO search_vocabulary (authority_id, term)
    SELECT DISTINCT authority_id, term FROM posted WHERE position(' ' IN term) = 0 ORDER BY term
    ON CONFLICT DO NOTHING;
$$;

-- Adds the terms of new contact persons' positions to their organisations (a term keeps the
-- weight of its best field): an import of persons does not re-post every organisation.
CREATE FUNCTION search_index_add_positions(p_authority_ids uuid[], p_organisation_ids uuid[], p_positions text[]) RETURNS void
LANGUAGE sql AS $$
    WITH posted AS (
        INSERT INTO search_terms (authority_id, organisation_id, term, weight)
        SELECT k.authority_id, k.organisation_id, t.term, max(t.weight)
        FROM unnest(p_authority_ids, p_organisation_ids, p_positions) AS k(authority_id, organisation_id, position)
        CROSS JOIN LATERAL organisation_search_terms(NULL, NULL, '{}', NULL, '{}', ARRAY[k.position]) t
        GROUP BY k.authority_id, k.organisation_id, t.term
        ON CONFLICT (authority_id, organisation_id, term) DO UPDATE SET weight = greatest(search_terms.weight, EXCLUDED.weight)
        RETURNING authority_id, term
    )
    INSERT INTO search_vocabulary (authority_id, term)
    SELECT DISTINCT authority_id, term FROM posted WHERE position(' ' IN term) = 0 ORDER BY term
    ON CONFLICT DO NOTHING;
$$;

-- Removes the terms of the given organisations, and the words nothing uses any more from the
-- vocabulary (a deleted organisation's name leaves no trace). Known race: a word removed here
-- while another transaction, not yet committed, posts it anew is missing from the vocabulary
-- until an organisation posts it again; a query still finds it as typed (the typed word is
-- always searched), only the prefix and shortened forms of other query words miss it.
CREATE FUNCTION search_index_remove(p_authority_ids uuid[], p_organisation_ids uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    v_authorities uuid[];
    v_words text[];
BEGIN
    -- Two statements: a data-modifying CTE's deletion is not yet visible to its own outer query.
    WITH removed AS (
        DELETE FROM search_terms s
        USING unnest(p_authority_ids, p_organisation_ids) AS k(authority_id, organisation_id)
        WHERE s.authority_id = k.authority_id AND s.organisation_id = k.organisation_id
        RETURNING s.authority_id, s.term
    )
    SELECT array_agg(r.authority_id), array_agg(r.term) INTO v_authorities, v_words
    FROM (SELECT DISTINCT authority_id, term FROM removed WHERE position(' ' IN term) = 0) r;
    IF v_words IS NOT NULL THEN
        DELETE FROM search_vocabulary v
        WHERE (v.term, v.authority_id) IN (
            SELECT x.term, x.authority_id FROM search_vocabulary x
            JOIN unnest(v_authorities, v_words) AS r(authority_id, term) ON x.authority_id = r.authority_id AND x.term = r.term
            WHERE NOT EXISTS (SELECT 1 FROM search_terms s WHERE s.authority_id = r.authority_id AND s.term = r.term)
            ORDER BY x.term
            FOR UPDATE OF x);
    END IF;
END;
$$;

-- The organisations' triggers keep the index, once per statement (an import of thousands of rows
-- posts them in one go). An update re-posts an organisation only when a searched field of its own
-- changed; the contact persons' triggers below handle positions.
CREATE FUNCTION organisations_search_index_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM search_index_post(array_agg(authority_id), array_agg(id)) FROM changed_rows;
    RETURN NULL;
END;
$$;
CREATE FUNCTION organisations_search_index_update() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    v_authorities uuid[];
    v_ids uuid[];
BEGIN
    SELECT array_agg(n.authority_id), array_agg(n.id) INTO v_authorities, v_ids
    FROM changed_rows n JOIN previous_rows p ON p.authority_id = n.authority_id AND p.id = n.id
    WHERE (n.legal_name, n.municipality, n.keywords, n.description, n.sectors)
          IS DISTINCT FROM (p.legal_name, p.municipality, p.keywords, p.description, p.sectors);
    IF v_ids IS NOT NULL THEN
        PERFORM search_index_remove(v_authorities, v_ids);
        PERFORM search_index_post(v_authorities, v_ids);
    END IF;
    RETURN NULL;
END;
$$;
CREATE FUNCTION organisations_search_index_delete() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM search_index_remove(array_agg(authority_id), array_agg(id)) FROM previous_rows;
    RETURN NULL;
END;
$$;
CREATE TRIGGER organisations_search_index_insert AFTER INSERT ON organisations
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION organisations_search_index_insert();
CREATE TRIGGER organisations_search_index_update AFTER UPDATE ON organisations
    REFERENCING OLD TABLE AS previous_rows NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION organisations_search_index_update();
CREATE TRIGGER organisations_search_index_delete AFTER DELETE ON organisations
    REFERENCING OLD TABLE AS previous_rows FOR EACH STATEMENT EXECUTE FUNCTION organisations_search_index_delete();

-- Contact persons' positions, once per statement: new persons add their positions' terms; a
-- changed position, a person moved to another organisation or removed re-posts the organisations
-- concerned (a term may also come from another field or person, so it cannot just be taken away).
CREATE FUNCTION contact_persons_search_index() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    v_authorities uuid[];
    v_ids uuid[];
    v_positions text[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(n.authority_id), array_agg(n.organisation_id), array_agg(n.position)
        INTO v_authorities, v_ids, v_positions
        FROM changed_rows n WHERE n.position IS NOT NULL;
        IF v_ids IS NOT NULL THEN
            PERFORM search_index_add_positions(v_authorities, v_ids, v_positions);
        END IF;
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        SELECT array_agg(c.authority_id), array_agg(c.organisation_id) INTO v_authorities, v_ids
        FROM (
            SELECT n.authority_id, n.organisation_id FROM changed_rows n JOIN previous_rows p ON p.id = n.id
            WHERE n.position IS DISTINCT FROM p.position OR n.organisation_id IS DISTINCT FROM p.organisation_id
            UNION
            SELECT p.authority_id, p.organisation_id FROM changed_rows n JOIN previous_rows p ON p.id = n.id
            WHERE (n.position IS DISTINCT FROM p.position OR n.organisation_id IS DISTINCT FROM p.organisation_id)
              AND p.position IS NOT NULL
        ) c;
    ELSE
        SELECT array_agg(c.authority_id), array_agg(c.organisation_id) INTO v_authorities, v_ids
        FROM (SELECT DISTINCT p.authority_id, p.organisation_id FROM previous_rows p WHERE p.position IS NOT NULL) c;
    END IF;
    IF v_ids IS NOT NULL THEN
        PERFORM search_index_remove(v_authorities, v_ids);
        PERFORM search_index_post(v_authorities, v_ids);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER contact_persons_search_index_insert AFTER INSERT ON contact_persons
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION contact_persons_search_index();
CREATE TRIGGER contact_persons_search_index_update AFTER UPDATE ON contact_persons
    REFERENCING OLD TABLE AS previous_rows NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION contact_persons_search_index();
CREATE TRIGGER contact_persons_search_index_delete AFTER DELETE ON contact_persons
    REFERENCING OLD TABLE AS previous_rows FOR EACH STATEMENT EXECUTE FUNCTION contact_persons_search_index();

-- The filters of a search as SQL conditions on `o` (organisations), numbered from p_first in the
-- order country, kind, size class, language, sector, updated since; only those given.
CREATE FUNCTION search_filter_conditions(p_first integer, p_country text, p_kind text, p_size_class text,
                                         p_language text, p_sector text, p_updated_since timestamptz)
RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT concat(
        CASE WHEN p_country IS NOT NULL THEN format(' AND o.country = $%s', p_first) END,
        CASE WHEN p_kind IS NOT NULL THEN format(' AND o.kind = $%s', p_first + 1) END,
        CASE WHEN p_size_class IS NOT NULL THEN format(' AND o.size_class = $%s', p_first + 2) END,
        CASE WHEN p_language IS NOT NULL THEN format(' AND o.languages @> ARRAY[$%s]', p_first + 3) END,
        CASE WHEN p_sector IS NOT NULL THEN format(' AND o.sector_lineage @> ARRAY[$%s]', p_first + 4) END,
        CASE WHEN p_updated_since IS NOT NULL THEN format(' AND o.updated_at >= $%s', p_first + 5) END)
$$;

-- The search. Results come in two tiers:
--   1. the query as a phrase (its words consecutive within one field; queries of up to three
--      words), scored similarity x weight of the best field;
--   2. organisations that hold every word of the query elsewhere, scored by the sum over the
--      words of the best similarity x weight.
-- Each query word is matched as typed, to words of the vocabulary that begin with it or that it
-- begins with but for one or two letters, and, when it is not a word of the vocabulary, to words
-- at least 50 % trigram-similar (typos).
-- Order: tier, score (descending), organisation id (descending); the keyset cursor is that triple.
-- A page of tier 1 is read in index order (LIMIT per term); tier 2 is computed only when tier 1
-- has no more rows for the page, over at most 2,000 candidates (below).
CREATE FUNCTION search_organisations(
    p_authority uuid, p_query text, p_limit integer,
    p_country text DEFAULT NULL, p_kind text DEFAULT NULL, p_size_class text DEFAULT NULL,
    p_language text DEFAULT NULL, p_sector text DEFAULT NULL, p_updated_since timestamptz DEFAULT NULL,
    p_after_tier integer DEFAULT NULL, p_after_score integer DEFAULT NULL, p_after_id uuid DEFAULT NULL)
RETURNS TABLE (organisation_id uuid, tier integer, score integer)
LANGUAGE plpgsql STABLE
-- The planner's estimate of its rows (a page: 21 by default, 101 at most), so that the page is
-- joined to the organisations by primary key instead of hashing all of the authority's.
ROWS 21
SET pg_trgm.similarity_threshold = 0.5
AS $$
#variable_conflict use_column
DECLARE
    v_words text[];
    v_count integer;
    v_terms text[] := '{}';
    v_sims integer[] := '{}';
    v_word_numbers integer[] := '{}';
    v_word_terms text[];
    v_word_sims integer[];
    v_phrases text[] := '{}';
    v_phrase_sims integer[] := '{}';
    v_found integer := 0;
    v_shorter text[];
    v_postings integer;
    v_rarest integer;
    v_rarest_postings integer;
    v_typo_terms text[];
    v_typo_sims integer[];
    -- Plans: the common path (no filter, first page, words the authority uses) runs static
    -- statements whose plans the session keeps (planning costs more than their 0.05 ms). Pages
    -- with filters or a cursor, typos and tier 2 are composed for the call (EXECUTE) and planned
    -- for its values: one generic statement for every case would test each absent filter and
    -- cursor on every row, and a generic plan of the trigram lookup reads all the authority's
    -- words (10 ms).
    v_filtered boolean := num_nonnulls(p_country, p_kind, p_size_class, p_language, p_sector, p_updated_since) > 0;
BEGIN
    SELECT array_agg(w.word ORDER BY w.place) INTO v_words
    FROM (SELECT * FROM search_words(p_query) ORDER BY place LIMIT 8) w;
    v_count := coalesce(cardinality(v_words), 0);
    IF v_count = 0 OR p_limit < 1 THEN
        RETURN;
    END IF;

    -- Each word as typed, the shortest three words of the vocabulary it begins ("textil" ->
    -- "textile", "textiles"), itself without one or two last letters when that is a word
    -- ("robotics" -> "robotic": inflections without a stemmer per language) and, when the
    -- authority's organisations do not use the word (a typo), the three closest words by trigram
    -- similarity ("managment" -> "management").
    FOR i IN 1 .. v_count LOOP
        v_shorter := CASE WHEN length(v_words[i]) >= 6 THEN ARRAY[left(v_words[i], -1), left(v_words[i], -2)] ELSE '{}' END;
        SELECT array_agg(m.term ORDER BY m.sim DESC, m.term), array_agg(m.sim ORDER BY m.sim DESC, m.term)
        INTO v_word_terms, v_word_sims
        FROM (
            SELECT v_words[i] AS term, 100 AS sim
            UNION ALL
            (SELECT v.term, greatest(50, least(99, round(extensions.similarity(v.term, v_words[i]) * 100)))::integer
             FROM search_vocabulary v
             WHERE length(v_words[i]) >= 3 AND v.authority_id = p_authority
               AND v.term > v_words[i] AND v.term < v_words[i] || chr(1114111)
             ORDER BY length(v.term), v.term
             LIMIT 3)
            UNION ALL
            SELECT v.term, greatest(50, least(99, round(extensions.similarity(v.term, v_words[i]) * 100)))::integer
            FROM search_vocabulary v
            WHERE v.authority_id = p_authority AND v.term = ANY (v_shorter)
        ) m;
        IF length(v_words[i]) >= 4 AND NOT EXISTS (
            SELECT 1 FROM search_vocabulary x WHERE x.authority_id = p_authority AND x.term = v_words[i]
        ) THEN
            EXECUTE 'SELECT array_agg(t.term ORDER BY t.sim DESC, t.term), array_agg(t.sim ORDER BY t.sim DESC, t.term) FROM ('
                || ' SELECT v.term, greatest(1, least(99, round(extensions.similarity(v.term, $2) * 100)))::integer AS sim'
                || ' FROM search_vocabulary v WHERE v.authority_id = $1 AND v.term OPERATOR(extensions.%) $2'
                || ' AND v.term <> ALL ($3) ORDER BY extensions.similarity(v.term, $2) DESC, v.term LIMIT 3) t'
            INTO v_typo_terms, v_typo_sims
            USING p_authority, v_words[i], v_word_terms;
            IF v_typo_terms IS NOT NULL THEN
                SELECT array_agg(t.term ORDER BY t.sim DESC, t.term), array_agg(t.sim ORDER BY t.sim DESC, t.term)
                INTO v_word_terms, v_word_sims
                FROM unnest(v_word_terms || v_typo_terms, v_word_sims || v_typo_sims) AS t(term, sim);
            END IF;
        END IF;
        v_terms := v_terms || v_word_terms;
        v_sims := v_sims || v_word_sims;
        v_word_numbers := v_word_numbers || array_fill(i, ARRAY[cardinality(v_word_terms)]);
        -- Phrases: every combination of the two best forms of each word (tier 1).
        IF v_count <= 3 THEN
            IF i = 1 THEN
                v_phrases := v_word_terms[1:CASE WHEN v_count = 1 THEN 4 ELSE 2 END];
                v_phrase_sims := v_word_sims[1:CASE WHEN v_count = 1 THEN 4 ELSE 2 END];
            ELSE
                SELECT array_agg(p.term || ' ' || w.term ORDER BY p.n, w.n), array_agg(p.sim + w.sim ORDER BY p.n, w.n)
                INTO v_phrases, v_phrase_sims
                FROM unnest(v_phrases, v_phrase_sims) WITH ORDINALITY AS p(term, sim, n)
                CROSS JOIN unnest(v_word_terms[1:2], v_word_sims[1:2]) WITH ORDINALITY AS w(term, sim, n);
            END IF;
        END IF;
    END LOOP;
    IF v_count > 1 AND v_count <= 3 THEN
        -- A phrase's similarity is the mean of its words'.
        SELECT array_agg(s / v_count ORDER BY n) INTO v_phrase_sims FROM unnest(v_phrase_sims) WITH ORDINALITY AS x(s, n);
    END IF;

    -- Tier 1: the best rows of each phrase form from the index, below the cursor; an organisation
    -- found under several forms counts once, with its best score, and one already shown on an
    -- earlier page under another form is left out. Without filters the index alone answers.
    -- Parameters: $1 forms, $2 their similarities, $3 authority, $4 limit, $5 score and $6 id of
    -- the cursor, $7-$12 the filters.
    IF v_count <= 3 AND p_after_tier IS NULL AND NOT v_filtered THEN
        RETURN QUERY
        WITH forms (term, sim) AS (SELECT * FROM unnest(v_phrases, v_phrase_sims))
        SELECT c.organisation_id, 1, max(c.score)::integer
        FROM forms f CROSS JOIN LATERAL (
            SELECT s.organisation_id, f.sim * s.weight AS score FROM search_terms s
            WHERE s.authority_id = p_authority AND s.term = f.term
            ORDER BY s.weight DESC, s.organisation_id DESC LIMIT p_limit
        ) c
        GROUP BY c.organisation_id ORDER BY 3 DESC, 1 DESC LIMIT p_limit;
        GET DIAGNOSTICS v_found = ROW_COUNT;
    ELSIF v_count <= 3 AND (p_after_tier IS NULL OR p_after_tier = 1) THEN
        RETURN QUERY EXECUTE concat(
            'WITH forms (term, sim) AS (SELECT * FROM unnest($1::text[], $2::integer[])) ',
            'SELECT c.organisation_id, 1, max(c.score)::integer FROM forms f CROSS JOIN LATERAL (',
            ' SELECT s.organisation_id, f.sim * s.weight AS score FROM search_terms s',
            CASE WHEN v_filtered THEN ' JOIN organisations o ON o.authority_id = s.authority_id AND o.id = s.organisation_id' END,
            ' WHERE s.authority_id = $3 AND s.term = f.term',
            search_filter_conditions(7, p_country, p_kind, p_size_class, p_language, p_sector, p_updated_since),
            CASE WHEN p_after_score IS NOT NULL THEN
                -- score < cursor: weight below cursor / sim; equal to it only at an exact quotient,
                -- then the id decides.
                ' AND (s.weight, s.organisation_id) < ('
                || 'least(CASE WHEN $5 % f.sim = 0 THEN $5 / f.sim ELSE $5 / f.sim + 1 END, 32767)::smallint,'
                || ' CASE WHEN $5 % f.sim = 0 THEN $6 ELSE ''00000000-0000-0000-0000-000000000000''::uuid END)'
                || CASE WHEN cardinality(v_phrases) > 1 THEN
                    ' AND NOT EXISTS (SELECT 1 FROM search_terms e JOIN forms g ON g.term = e.term'
                    || ' WHERE e.authority_id = $3 AND e.organisation_id = s.organisation_id'
                    || ' AND (g.sim * e.weight > $5 OR (g.sim * e.weight = $5 AND e.organisation_id >= $6)))'
                   END
            END,
            ' ORDER BY s.weight DESC, s.organisation_id DESC LIMIT $4) c',
            ' GROUP BY c.organisation_id ORDER BY 3 DESC, 1 DESC LIMIT $4')
        USING v_phrases, v_phrase_sims, p_authority, p_limit, p_after_score, p_after_id,
              p_country, p_kind, p_size_class, p_language, p_sector, p_updated_since;
        GET DIAGNOSTICS v_found = ROW_COUNT;
    END IF;

    -- Tier 2: every word somewhere (each in any of its forms), not as the phrase. The candidates
    -- are the organisations of the word with the fewest postings (every answer holds it) that pass
    -- the filters, at most 2,000 of them: when every word of the query is that common ("manager
    -- and of"), the ranking covers the 2,000 organisations where that word weighs most, so that no
    -- query reads more than a bounded part of the index (2.3 s before the bound on the benchmark
    -- data, 46 ms after).
    -- Parameters: $1 forms, $2 similarities, $3 their words' numbers, $4 authority, $5 limit,
    -- $6 score and $7 id of the cursor, $8 the number of words, $9 the phrase forms, $10-$15
    -- filters, $16 the forms of the rarest word.
    IF v_count > 1 AND v_found < p_limit THEN
        FOR i IN 1 .. v_count LOOP
            SELECT count(*) INTO v_postings FROM (
                SELECT 1 FROM search_terms s
                WHERE s.authority_id = p_authority
                  AND s.term = ANY (ARRAY(SELECT f.term FROM unnest(v_terms, v_word_numbers) AS f(term, word) WHERE f.word = i))
                LIMIT 2001) x;
            IF v_rarest IS NULL OR v_postings < v_rarest_postings THEN
                v_rarest := i;
                v_rarest_postings := v_postings;
            END IF;
        END LOOP;
        RETURN QUERY EXECUTE concat(
            'WITH forms (term, sim, word) AS (SELECT * FROM unnest($1::text[], $2::integer[], $3::integer[])), ',
            -- The candidates pass the filters and are not phrase matches (tier 1) before the bound.
            'candidates AS (SELECT DISTINCT d.organisation_id FROM (SELECT s.organisation_id FROM search_terms s',
            CASE WHEN v_filtered THEN ' JOIN organisations o ON o.authority_id = s.authority_id AND o.id = s.organisation_id' END,
            ' WHERE s.authority_id = $4 AND s.term = ANY ($16)',
            search_filter_conditions(10, p_country, p_kind, p_size_class, p_language, p_sector, p_updated_since),
            CASE WHEN v_count <= 3 THEN
                ' AND NOT EXISTS (SELECT 1 FROM search_terms e WHERE e.authority_id = $4'
                || ' AND e.organisation_id = s.organisation_id AND e.term = ANY ($9))'
            END,
            ' ORDER BY s.weight DESC, s.organisation_id DESC LIMIT 2000) d), ',
            'per_word AS (SELECT c.organisation_id, f.word, max(f.sim * s.weight) AS best FROM candidates c',
            ' JOIN search_terms s ON s.authority_id = $4 AND s.organisation_id = c.organisation_id AND s.term = ANY ($1)',
            ' JOIN forms f ON f.term = s.term GROUP BY c.organisation_id, f.word), ',
            'matched AS (SELECT w.organisation_id, sum(w.best)::integer AS score FROM per_word w',
            ' GROUP BY w.organisation_id HAVING count(*) = $8) ',
            'SELECT m.organisation_id, 2, m.score FROM matched m WHERE true',
            CASE WHEN p_after_tier = 2 THEN ' AND (m.score, m.organisation_id) < ($6, $7)' END,
            ' ORDER BY m.score DESC, m.organisation_id DESC LIMIT $5')
        USING v_terms, v_sims, v_word_numbers, p_authority, p_limit - v_found, p_after_score, p_after_id,
              v_count, v_phrases, p_country, p_kind, p_size_class, p_language, p_sector, p_updated_since,
              ARRAY(SELECT f.term FROM unnest(v_terms, v_word_numbers) AS f(term, word) WHERE f.word = v_rarest);
    END IF;
END;
$$;

-- Every existing organisation is posted; row-level security is lifted for the owner only within
-- this migration's transaction (as in 0007).
ALTER TABLE search_terms NO FORCE ROW LEVEL SECURITY;
ALTER TABLE search_vocabulary NO FORCE ROW LEVEL SECURITY;
ALTER TABLE organisations NO FORCE ROW LEVEL SECURITY;
ALTER TABLE contact_persons NO FORCE ROW LEVEL SECURITY;
SELECT search_index_post(array_agg(authority_id), array_agg(id)) FROM organisations;
ALTER TABLE search_terms FORCE ROW LEVEL SECURITY;
ALTER TABLE search_vocabulary FORCE ROW LEVEL SECURITY;
ALTER TABLE organisations FORCE ROW LEVEL SECURITY;
ALTER TABLE contact_persons FORCE ROW LEVEL SECURITY;

-- The trigram index of 0007 served the old search only.
DROP INDEX organisations_search_trgm;
