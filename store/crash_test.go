package store

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// TestCrashChild is the child process of TestCrashKeepsEveryAcknowledgedSave:
// it saves answers in a loop and prints each save once SaveAnswer returns.
func TestCrashChild(t *testing.T) {
	path := os.Getenv("DSPT_CRASH_DB")
	if path == "" {
		t.Skip("run by TestCrashKeepsEveryAcknowledgedSave")
	}
	start, _ := strconv.Atoi(os.Getenv("DSPT_CRASH_START"))
	s, err := Open(path, Options{Bank: testBank(t)})
	if err != nil {
		fmt.Println("open failed:", err)
		os.Exit(3)
	}
	a, err := s.Current(ctx)
	if err != nil {
		os.Exit(4)
	}
	refs := textRefs(t)
	for i := start; i < start+100_000; i++ {
		ref := refs[i%len(refs)]
		if err := s.SaveAnswer(ctx, a.ID, assessment.Answer{Ref: ref, Value: fmt.Sprintf("save %d", i), Comment: strings.Repeat("c", i%500)}); err != nil {
			fmt.Println("save failed:", err)
			os.Exit(5)
		}
		fmt.Printf("ack %d %s\n", i, ref)
	}
}

func textRefs(t testing.TB) []string {
	var out []string
	for _, it := range testBank(t).Latest().Items {
		if it.Answer == assessment.Text {
			out = append(out, it.Ref)
		}
	}
	return out
}

// TestCrashKeepsEveryAcknowledgedSave kills a saving process with SIGKILL
// part-way through, several times, and checks that every save it
// acknowledged is in the database and that the file is sound.
func TestCrashKeepsEveryAcknowledgedSave(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" {
		t.Skip("needs SIGKILL")
	}
	path := testDB(t)
	acked := map[int]string{} // save number → ref
	for round := 0; round < 8; round++ {
		for i, ref := range runChild(t, path, round*1_000_000, 5+rand.IntN(80)) {
			acked[i] = ref
		}
		checkAfterCrash(t, path, acked)
	}
	t.Logf("%d acknowledged saves over 8 kills, all present", len(acked))
}

// runChild starts the child, kills it after `after` acknowledgements, and
// returns every save it acknowledged (including any printed before it died).
func runChild(t *testing.T, path string, start, after int) map[int]string {
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), "DSPT_CRASH_DB="+path, "DSPT_CRASH_START="+strconv.Itoa(start))
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	acked := map[int]string{}
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		var i int
		var ref string
		if _, err := fmt.Sscanf(sc.Text(), "ack %d %s", &i, &ref); err != nil {
			continue
		}
		acked[i] = ref
		if len(acked) == after {
			cmd.Process.Kill() // SIGKILL, mid-stream: the child is still saving
		}
	}
	cmd.Wait()
	if len(acked) < after {
		t.Fatalf("the child stopped by itself after %d saves", len(acked))
	}
	return acked
}

func checkAfterCrash(t *testing.T, path string, acked map[int]string) {
	t.Helper()
	s, err := Open(path, Options{Bank: testBank(t)})
	if err != nil {
		t.Fatalf("reopening after the kill: %v", err)
	}
	defer s.Close()
	var check string
	if err := s.db.QueryRow("PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity_check = %q, %v", check, err)
	}
	saved := map[string]bool{}
	rows, _ := s.db.Query("SELECT new FROM answer_history WHERE field = 'value'")
	for rows.Next() {
		var v string
		rows.Scan(&v)
		saved[v] = true
	}
	rows.Close()
	latest := map[string]int{}
	for i, ref := range acked {
		if !saved[fmt.Sprintf("save %d", i)] {
			t.Errorf("acknowledged save %d (%s) is missing", i, ref)
		}
		latest[ref] = max(latest[ref], i)
	}
	a, _ := s.Current(ctx)
	r, _ := s.Record(ctx, a.ID)
	for ref, i := range latest {
		var n int
		fmt.Sscanf(r.Answers[ref].Value, "save %d", &n)
		if n < i {
			t.Errorf("%s holds %q, older than the acknowledged save %d", ref, r.Answers[ref].Value, i)
		}
	}
}
