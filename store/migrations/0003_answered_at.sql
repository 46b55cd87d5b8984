-- DSPT Desk schema 3: when each answer was last given (its value or "Not
-- applicable" changed, or a carried-forward answer was confirmed), as distinct
-- from when anything about it last changed. Editing a comment leaves
-- answered_at alone, so a review-by date taken from it is not renewed by a
-- note. Existing answers take their last update time.

ALTER TABLE answers ADD COLUMN answered_at TEXT NOT NULL DEFAULT '';
UPDATE answers SET answered_at = updated_at;
