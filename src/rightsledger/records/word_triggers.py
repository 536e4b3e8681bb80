"""The database triggers that keep the name words (``NameWord``) current.

The words of a name are its search key split at spaces (``records.naming.search_key``);
a name's words are found through its person (the one index besides the search's own).
PostgreSQL splits them with statement-level triggers over transition tables, so a bulk
insert of a million names is split in one statement. A changed or deleted name's words are
reached through their person's index, one probe a name (hash and merge joins are off in
those triggers): joined to a transition table, the planner sorted or hashed every word of
every case (1.1 million for 13,000 names moved, 2.8 of a linkage write-back's 10 s), and
the words' table grows with every case in the database. SQLite with row-level triggers, through
JSON (the key as an array of its words; quotes and backslashes escaped, though search keys
hold letters only).

SQLite drops a table's triggers when a migration rebuilds the table (as it does to alter a
column), so ``ensure_word_index`` runs after every ``migrate`` and puts back what is missing,
re-splitting every name if anything was.
"""

from __future__ import annotations

from typing import Any

POSTGRESQL_TRIGGERS = {
    "records_nameword_insert": """
CREATE OR REPLACE FUNCTION records_nameword_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO records_nameword (case_ref, person_ref, name_ref, word)
    SELECT DISTINCT n.case_id, n.person_id, n.id, w.word
    FROM new_names n, unnest(string_to_array(n.search_key, ' ')) AS w(word)
    WHERE w.word <> '';
    RETURN NULL;
END $$;
CREATE OR REPLACE TRIGGER records_nameword_insert AFTER INSERT ON records_personname
    REFERENCING NEW TABLE AS new_names
    FOR EACH STATEMENT EXECUTE FUNCTION records_nameword_insert();
""",
    "records_nameword_update": """
CREATE OR REPLACE FUNCTION records_nameword_update() RETURNS trigger LANGUAGE plpgsql
SET enable_hashjoin = off SET enable_mergejoin = off AS $$
DECLARE
    v_id bigint[]; v_old_person bigint[]; v_old_case bigint[]; v_old_key text[];
    v_new_person bigint[]; v_new_case bigint[]; v_new_key text[];
BEGIN
    -- The names before and after, side by side in arrays (both tables hold the same
    -- names, aligned by id).
    SELECT array_agg(id ORDER BY id), array_agg(person_id ORDER BY id),
           array_agg(case_id ORDER BY id), array_agg(search_key::text ORDER BY id)
    INTO v_id, v_old_person, v_old_case, v_old_key FROM old_names;
    SELECT array_agg(person_id ORDER BY id), array_agg(case_id ORDER BY id),
           array_agg(search_key::text ORDER BY id)
    INTO v_new_person, v_new_case, v_new_key FROM new_names;
    -- A name moved to another person (linkage) keeps its words.
    UPDATE records_nameword w SET person_ref = c.new_person, case_ref = c.new_case
    FROM unnest(v_id, v_old_person, v_old_case, v_old_key, v_new_person, v_new_case, v_new_key)
         AS c(id, old_person, old_case, old_key, new_person, new_case, new_key)
    WHERE w.person_ref = c.old_person AND w.name_ref = c.id AND c.new_key = c.old_key
      AND (c.new_person, c.new_case) IS DISTINCT FROM (c.old_person, c.old_case);
    -- A name spelt anew gets new words.
    IF v_new_key IS DISTINCT FROM v_old_key THEN
        DELETE FROM records_nameword w
        USING unnest(v_id, v_old_person, v_old_key, v_new_key) AS c(id, old_person, old_key, new_key)
        WHERE w.person_ref = c.old_person AND w.name_ref = c.id
          AND c.new_key IS DISTINCT FROM c.old_key;
        INSERT INTO records_nameword (case_ref, person_ref, name_ref, word)
        SELECT DISTINCT c.new_case, c.new_person, c.id, w.word
        FROM unnest(v_id, v_old_key, v_new_person, v_new_case, v_new_key)
             AS c(id, old_key, new_person, new_case, new_key),
             unnest(string_to_array(c.new_key, ' ')) AS w(word)
        WHERE w.word <> '' AND c.new_key IS DISTINCT FROM c.old_key;
    END IF;
    RETURN NULL;
END $$;
CREATE OR REPLACE TRIGGER records_nameword_update AFTER UPDATE ON records_personname
    REFERENCING OLD TABLE AS old_names NEW TABLE AS new_names
    FOR EACH STATEMENT EXECUTE FUNCTION records_nameword_update();
""",
    "records_nameword_delete": """
CREATE OR REPLACE FUNCTION records_nameword_delete() RETURNS trigger LANGUAGE plpgsql
SET enable_hashjoin = off SET enable_mergejoin = off AS $$
BEGIN
    DELETE FROM records_nameword w USING old_names o
    WHERE w.person_ref = o.person_id AND w.name_ref = o.id;
    RETURN NULL;
END $$;
CREATE OR REPLACE TRIGGER records_nameword_delete AFTER DELETE ON records_personname
    REFERENCING OLD TABLE AS old_names
    FOR EACH STATEMENT EXECUTE FUNCTION records_nameword_delete();
""",
}
POSTGRESQL_SPLIT_ALL = """
INSERT INTO records_nameword (case_ref, person_ref, name_ref, word)
SELECT DISTINCT n.case_id, n.person_id, n.id, w.word
FROM records_personname n, unnest(string_to_array(n.search_key, ' ')) AS w(word)
WHERE w.word <> ''
"""

SQLITE_TRIGGERS = {
    "records_nameword_insert": """
CREATE TRIGGER IF NOT EXISTS records_nameword_insert AFTER INSERT ON records_personname BEGIN
    INSERT INTO records_nameword (case_ref, person_ref, name_ref, word)
    SELECT DISTINCT NEW.case_id, NEW.person_id, NEW.id, j.value FROM json_each(
        '["' || replace(replace(replace(NEW.search_key, char(92), char(92, 92)),
                                '"', char(92, 34)), ' ', '","') || '"]') AS j
    WHERE j.value <> '';
END
""",
    "records_nameword_rekey": """
CREATE TRIGGER IF NOT EXISTS records_nameword_rekey AFTER UPDATE OF search_key
ON records_personname WHEN OLD.search_key IS NOT NEW.search_key BEGIN
    DELETE FROM records_nameword WHERE person_ref = OLD.person_id AND name_ref = OLD.id;
    INSERT INTO records_nameword (case_ref, person_ref, name_ref, word)
    SELECT DISTINCT NEW.case_id, NEW.person_id, NEW.id, j.value FROM json_each(
        '["' || replace(replace(replace(NEW.search_key, char(92), char(92, 92)),
                                '"', char(92, 34)), ' ', '","') || '"]') AS j
    WHERE j.value <> '';
END
""",
    "records_nameword_move": """
CREATE TRIGGER IF NOT EXISTS records_nameword_move AFTER UPDATE OF person_id, case_id
ON records_personname
WHEN OLD.search_key IS NEW.search_key
 AND (OLD.person_id IS NOT NEW.person_id OR OLD.case_id IS NOT NEW.case_id) BEGIN
    UPDATE records_nameword SET person_ref = NEW.person_id, case_ref = NEW.case_id
    WHERE person_ref = OLD.person_id AND name_ref = NEW.id;
END
""",
    "records_nameword_delete": """
CREATE TRIGGER IF NOT EXISTS records_nameword_delete AFTER DELETE ON records_personname BEGIN
    DELETE FROM records_nameword WHERE person_ref = OLD.person_id AND name_ref = OLD.id;
END
""",
}
SQLITE_SPLIT_ALL = """
INSERT INTO records_nameword (case_ref, person_ref, name_ref, word)
SELECT DISTINCT n.case_id, n.person_id, n.id, j.value
FROM records_personname AS n, json_each(
    '["' || replace(replace(replace(n.search_key, char(92), char(92, 92)),
                            '"', char(92, 34)), ' ', '","') || '"]') AS j
WHERE j.value <> ''
"""


def _triggers(connection: Any) -> dict[str, str]:
    return POSTGRESQL_TRIGGERS if connection.vendor == "postgresql" else SQLITE_TRIGGERS


def _installed(connection: Any) -> set[str]:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT tgname FROM pg_trigger WHERE tgrelid = 'records_personname'::regclass"
            )
        else:
            cursor.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' "
                "AND tbl_name = 'records_personname'"
            )
        return {row[0] for row in cursor.fetchall()}


def install_word_index(connection: Any, *, split: bool = True) -> None:
    """(Re)create the triggers and, with ``split``, split every name into its words afresh."""
    remove_word_index(connection)
    with connection.cursor() as cursor:
        for sql in _triggers(connection).values():
            cursor.execute(sql)
        if not split:
            return
        cursor.execute("DELETE FROM records_nameword")
        split_all = POSTGRESQL_SPLIT_ALL if connection.vendor == "postgresql" else SQLITE_SPLIT_ALL
        cursor.execute(split_all)


def remove_word_index(connection: Any) -> None:
    postgresql = connection.vendor == "postgresql"
    table = " ON records_personname" if postgresql else ""
    with connection.cursor() as cursor:
        for name in _triggers(connection):  # names are constants of this module
            cursor.execute(f"DROP TRIGGER IF EXISTS {name}{table}")
            if postgresql:
                cursor.execute(f"DROP FUNCTION IF EXISTS {name}()")


def ensure_word_index(using: str = "default", **kwargs: Any) -> None:
    """After ``migrate``: if a trigger went missing (a rebuilt table), install them again."""
    from django.db import connections

    connection = connections[using]
    if "records_nameword" not in connection.introspection.table_names():
        return  # migrated back to before the word index
    if set(_triggers(connection)) - _installed(connection):
        install_word_index(connection)
