package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
)

const profileColumns = `name, ods_code, ico_number, cqc_location_id, registered_manager, security_lead,
	ce_number, ce_expiry, ce_plus_number, ce_plus_expiry, last_published_level, last_published_on`

// Profile returns the organisation profile; every field is empty until the
// manager fills it in.
func (s *Store) Profile(ctx context.Context) (assessment.Profile, error) {
	row := s.db.QueryRowContext(ctx, "SELECT "+profileColumns+" FROM profile WHERE id = 1")
	p, err := scanProfile(row)
	if err != nil {
		return assessment.Profile{}, fmt.Errorf("loading the organisation profile: %w", err)
	}
	return p, nil
}

func scanProfile(row scanner) (assessment.Profile, error) {
	var p assessment.Profile
	var ce, cePlus, lastOn sql.NullString
	var level string
	err := row.Scan(&p.Name, &p.ODSCode, &p.ICONumber, &p.CQCLocationID, &p.RegisteredManager, &p.SecurityLead,
		&p.CENumber, &ce, &p.CEPlusNumber, &cePlus, &level, &lastOn)
	if err != nil {
		return p, err
	}
	if p.LastPublishedLevel, err = assessment.ParseLevel(level); err != nil {
		return p, err
	}
	for _, d := range []struct {
		dst *time.Time
		src sql.NullString
	}{{&p.CEExpiry, ce}, {&p.CEPlusExpiry, cePlus}, {&p.LastPublishedOn, lastOn}} {
		if *d.dst, err = parseDate(d.src); err != nil {
			return p, err
		}
	}
	return p, nil
}

// profileFields pairs each text field of the profile with its label.
func profileFields(p assessment.Profile) []struct{ label, value string } {
	return []struct{ label, value string }{
		{assessment.FieldName, p.Name}, {assessment.FieldODS, p.ODSCode}, {assessment.FieldICO, p.ICONumber},
		{assessment.FieldCQC, p.CQCLocationID}, {"Registered manager", p.RegisteredManager},
		{"Data security and protection lead", p.SecurityLead}, {"Cyber Essentials certificate number", p.CENumber},
		{"Cyber Essentials Plus certificate number", p.CEPlusNumber},
	}
}

// checkProfile checks every text field (CheckText, short fields) and the level.
// The ODS, ICO and CQC formats are advice shown by the window, not rules.
func checkProfile(p assessment.Profile) error {
	for _, f := range profileFields(p) {
		if err := assessment.CheckText(f.label, f.value, assessment.MaxShortText); err != nil {
			return err
		}
	}
	_, err := levelCode(p.LastPublishedLevel)
	return err
}

// SaveProfile saves the whole organisation profile, as typed.
func (s *Store) SaveProfile(ctx context.Context, p assessment.Profile) error {
	if err := checkProfile(p); err != nil {
		return err
	}
	return s.tx(ctx, func(tx *txn) error { return saveProfile(ctx, tx, p) })
}

func saveProfile(ctx context.Context, tx *txn, p assessment.Profile) error {
	_, err := tx.ExecContext(ctx, `UPDATE profile SET name = ?, ods_code = ?, ico_number = ?, cqc_location_id = ?,
		registered_manager = ?, security_lead = ?, ce_number = ?, ce_expiry = ?, ce_plus_number = ?, ce_plus_expiry = ?,
		last_published_level = ?, last_published_on = ? WHERE id = 1`,
		p.Name, p.ODSCode, p.ICONumber, p.CQCLocationID, p.RegisteredManager, p.SecurityLead,
		p.CENumber, dateValue(p.CEExpiry), p.CEPlusNumber, dateValue(p.CEPlusExpiry),
		p.LastPublishedLevel.Code(), dateValue(p.LastPublishedOn))
	if err != nil {
		return fmt.Errorf("saving the organisation profile: %w", err)
	}
	return nil
}
