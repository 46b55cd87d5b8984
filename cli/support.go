package cli

import (
	"context"
	"errors"
	"fmt"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/register"
	"github.com/dsptdesk/dsptdesk/store"
)

// runSupport lists the end-of-support table in use, or adds dates from a
// file, as editions does for toolkit years.
func runSupport(args []string, env Env) error {
	return fileCommand{name: "support", maxBytes: store.MaxSupportBytes, list: listSupport, add: addSupport}.run(args, env)
}

// listSupport prints each system with its last day of updates, its
// certainty and where the entry comes from.
// The store has loaded the files added before into the table in use.
func listSupport(_ *store.Store, env Env) error {
	t := register.Support()
	fmt.Fprintf(env.Stdout, "End-of-support dates, checked on %s:\n", assessment.HumanDate(t.CheckedOn))
	for _, e := range t.Systems {
		ends := e.EndsText
		if !e.Ends.IsZero() {
			ends = e.Ends.Format(register.UKDate)
		}
		from := "built in"
		if e.From != "" {
			from = "from " + e.From
		}
		fmt.Fprintf(env.Stdout, "%-34s %-13s %-13s %s\n", e.Name, ends, e.Certainty, from)
	}
	fmt.Fprintln(env.Stdout, "\nTo correct or add dates: dsptdesk support add FILE.toml")
	return nil
}

// addSupport adds the end-of-support file read from path, listing every
// problem if it breaks a rule.
func addSupport(st *store.Store, path string, data []byte, env Env) error {
	t, err := st.AddSupportFile(context.Background(), path, data)
	var bad *register.SupportError
	if errors.As(err, &bad) {
		return refused(env, path, len(bad.Problems), bad)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Added end-of-support dates for %s (checked on %s). A device's \"Supported until\" is filled from them when its system is chosen.\n",
		assessment.Count(len(t.Systems), "system", "systems"), assessment.HumanDate(t.CheckedOn))
	return nil
}
