-- DSPT Desk toolkit sitting: the questions the manager has ticked as entered
-- in the online toolkit, per assessment (one year's sitting; never carried
-- to the next year).
CREATE TABLE entered_online (
    assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    ref           TEXT NOT NULL,
    entered_at    TEXT NOT NULL,
    PRIMARY KEY (assessment_id, ref)
);
