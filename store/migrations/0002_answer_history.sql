-- DSPT Desk schema 2: an append-only history of every change to an answer,
-- one row per changed field, so that an overwrite can be undone.
-- old and new hold the field's text; not_applicable and needs_review are
-- written 'true' or 'false'.

CREATE TABLE answer_history (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    ref           TEXT NOT NULL,
    field         TEXT NOT NULL CHECK (field IN ('value', 'not_applicable', 'comment', 'needs_review')),
    old           TEXT NOT NULL,
    new           TEXT NOT NULL,
    at            TEXT NOT NULL
);
CREATE INDEX answer_history_by_ref ON answer_history (assessment_id, ref, id);

-- History is never edited, and only goes when its whole assessment does.
CREATE TRIGGER answer_history_no_update BEFORE UPDATE ON answer_history
BEGIN
    SELECT RAISE(ABORT, 'answer_history is append-only');
END;
CREATE TRIGGER answer_history_no_delete BEFORE DELETE ON answer_history
WHEN EXISTS (SELECT 1 FROM assessments WHERE id = OLD.assessment_id)
BEGIN
    SELECT RAISE(ABORT, 'answer_history is append-only');
END;
