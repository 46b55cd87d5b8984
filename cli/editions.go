package cli

import (
	"context"
	"errors"
	"fmt"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/store"
)

// runEditions lists the toolkit editions the app knows, or adds one from a file.
func runEditions(args []string, env Env) error {
	return fileCommand{name: "editions", maxBytes: store.MaxEditionBytes, list: listEditions, add: addEdition}.run(args, env)
}

// listEditions prints each edition with where it comes from and its revision.
func listEditions(st *store.Store, env Env) error {
	bank := st.Bank()
	for _, ed := range bank.Editions {
		fmt.Fprintf(env.Stdout, "%s  %s (%s)\n", ed.ID, ed.Title, ed.Source())
	}
	if note := bank.NewYearNote(env.now()); note != "" {
		fmt.Fprintf(env.Stdout, "\n%s\nOn the command line: dsptdesk editions add FILE.toml\n", note)
	}
	return nil
}

// addEdition adds the edition file read from path, listing every problem
// if it breaks a rule.
func addEdition(st *store.Store, path string, data []byte, env Env) error {
	ed, err := st.AddEdition(context.Background(), path, data)
	var bad *assessment.EditionError
	if errors.As(err, &bad) {
		return refused(env, path, len(bad.Problems), bad)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Added the %s toolkit: %d questions, %s.\n%s\n", ed.ID, len(ed.Items), ed.Source(), addedAdvice(st, ed, env))
	return nil
}

// addedAdvice says what to do with an edition just added: nothing for a
// revision of a year already started (its questions are in use at once),
// otherwise when and where to start its review.
func addedAdvice(st *store.Store, ed *assessment.Edition, env Env) string {
	all, err := st.Assessments(context.Background())
	if err == nil && len(all) > 0 && ed.ID <= all[len(all)-1].EditionID {
		return fmt.Sprintf("DSPT Desk uses these %s questions from now on.", ed.ID)
	}
	return ed.StartAdvice(env.now())
}
