-- The search's tier-1 cursor condition was lost when the query had a single phrase form (a word
-- the authority's vocabulary extends in no way, as "glass" among "glass", "art", "region"): the
-- condition was built as text || CASE ... END, and that CASE is NULL for one form, so the whole
-- condition was NULL and concat() dropped it. Every page after the first then repeated the first.
-- The function is 0013's with that CASE given an ELSE; nothing else changes.

-- The function's SET of pg_trgm.similarity_threshold is checked against the parameter's definition,
-- which exists only once pg_trgm's library is loaded in this session (for a placeholder, PostgreSQL
-- refuses the SET to a role that is not a superuser). A call of one of its functions loads it.
SELECT extensions.similarity('a', 'a');
CREATE OR REPLACE FUNCTION search_organisations(
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
                   ELSE ''
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
