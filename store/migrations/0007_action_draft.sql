-- DSPT Desk schema 4: an action made by "Create actions for all gaps" is a
-- draft until someone writes or changes its gap or its action text. A draft
-- is shown as such in the window and left out of the printed plan. Actions
-- that exist already were kept by the manager, so they are not drafts.

ALTER TABLE actions ADD COLUMN draft INTEGER NOT NULL DEFAULT 0 CHECK (draft IN (0, 1));
