package demo

import (
	"context"
	"fmt"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment/register"
)

// registerRows makes one register's sample rows, by table name, for the
// day the sample is made: this year's and (for tables that stay with
// their year, such as breaches) last year's.
type registerRows func(today time.Time) (thisYear, lastYear map[string][]register.Values)

// sampleRegisters lists the registers' sample rows; each register's
// sample file adds itself in an init function.
var sampleRegisters []registerRows

// fillRegisters adds every register's sample rows to last year's and this
// year's assessments.
func (b *builder) fillRegisters(ctx context.Context, lastID, thisID int64) error {
	for _, rows := range sampleRegisters {
		this, last := rows(b.now)
		if err := b.addRows(ctx, lastID, last); err != nil {
			return err
		}
		if err := b.addRows(ctx, thisID, this); err != nil {
			return err
		}
	}
	// The deputy has signed the own-device agreement for her phone (1.6.6).
	if err := b.st.SaveRegisterSetting(ctx, thisID, register.OwnDeviceRules.Key, true); err != nil {
		return fmt.Errorf("sample own-device setting: %w", err)
	}
	return nil
}

func (b *builder) addRows(ctx context.Context, id int64, tables map[string][]register.Values) error {
	for _, s := range register.Tables() {
		if rows := tables[s.Name]; len(rows) > 0 {
			if err := b.st.AddRegisterRows(ctx, id, s.Name, rows); err != nil {
				return fmt.Errorf("sample %s: %w", s.Name, err)
			}
		}
	}
	return nil
}
