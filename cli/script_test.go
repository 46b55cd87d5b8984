package cli

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The command-line scripts in testdata/script run the real command, as a
// separate process, on real files. Each line is a command:
//
//	dsptdesk ARGS...     run DSPT Desk (the test binary, started as the program)
//	nobody dsptdesk ...  the same as an ordinary user (uid 65534 when the tests run as root)
//	exit N               the last run's exit status was N
//	[!] stdout|stderr RE the last run's output matches (or not) the regular expression
//	lines stderr N       the last run printed N lines on standard error
//	[!] exists PATH      the file exists (or not)
//	[!] grep RE PATH     the file's text matches (or not)
//	save PATH / unchanged PATH   remember a file's contents / check they are the same
//	mkdir, symlink OLD NEW, link OLD NEW, chmod MODE PATH, chown-nobody PATH, age PATH
//	bom SRC DST          copy SRC to DST with a UTF-8 byte order mark first
//	env KEY=VALUE        set an environment variable for later runs
//	tmpfs DIR SIZE, fill DIR, readonly DIR   a small disk (root only), filled, read-only
//
// Words are split at spaces; 'single quotes' keep spaces. $WORK is the
// script's folder. Lines after "-- name --" up to the next such line are
// written to $WORK/name before the script starts.

// scriptMain is set in the environment of the process a script starts.
const scriptMain = "DSPTDESK_SCRIPT_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(scriptMain) == "1" {
		env := Env{Stdout: os.Stdout, Stderr: os.Stderr, Now: time.Now, OpenWindow: func(o WindowOptions) int {
			path, _, err := o.Database()
			fmt.Printf("the window would open %s (new file: %v, error: %v)\n", path, o.NewFile, err)
			return ExitOK
		}}
		if os.Getenv("DSPTDESK_SCRIPT_LOG") != "" { // to see the log while writing a script
			env.Log = log.New(os.Stderr, "log: ", 0)
		}
		os.Exit(Run(os.Args[1:], env))
	}
	os.Exit(m.Run())
}

func TestScripts(t *testing.T) {
	bin := programCopy(t)
	files, _ := filepath.Glob(filepath.Join("testdata", "script", "*.txt"))
	if len(files) == 0 {
		t.Fatal("no scripts")
	}
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".txt"), func(t *testing.T) { runScript(t, bin, f) })
	}
}

// programCopy copies the test binary where any user may run it.
func programCopy(t *testing.T) string {
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir, err := os.MkdirTemp("", "dsptdesk-bin")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	os.Chmod(dir, 0o755)
	data, err := os.ReadFile(self)
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "dsptdesk")
	if err := os.WriteFile(bin, data, 0o755); err != nil {
		t.Fatal(err)
	}
	return bin
}

// script is the state of one running script.
type script struct {
	t          *testing.T
	bin, work  string
	env        []string
	code       int
	out, errs  string
	saved      map[string][32]byte
	unmount    []string
	lineNumber int
}

func runScript(t *testing.T, bin, file string) {
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	work, err := os.MkdirTemp("", "dsptdesk-script")
	if err != nil {
		t.Fatal(err)
	}
	os.Chmod(work, 0o777)
	s := &script{t: t, bin: bin, work: work, saved: map[string][32]byte{}}
	t.Cleanup(s.cleanup)
	s.env = []string{scriptMain + "=1", "PATH=" + os.Getenv("PATH"), "HOME=" + filepath.Join(work, "home"),
		"XDG_CONFIG_HOME=" + filepath.Join(work, "config"), "LANG=C.UTF-8", "TMPDIR=" + work}
	lines := s.writeFiles(strings.Split(string(data), "\n"))
	for i, line := range lines {
		s.lineNumber = i + 1
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		s.do(s.words(line))
	}
}

func (s *script) cleanup() {
	for i := len(s.unmount) - 1; i >= 0; i-- {
		exec.Command("umount", s.unmount[i]).Run()
	}
	filepath.Walk(s.work, func(p string, info os.FileInfo, err error) error {
		if err == nil && info.IsDir() {
			os.Chmod(p, 0o755)
		}
		return nil
	})
	os.RemoveAll(s.work)
}

// writeFiles writes the "-- name --" sections and returns the script lines before them.
func (s *script) writeFiles(lines []string) []string {
	header := regexp.MustCompile(`^-- (.+) --$`)
	end := len(lines)
	name := ""
	var body []string
	flush := func() {
		if name != "" {
			path := filepath.Join(s.work, name)
			os.MkdirAll(filepath.Dir(path), 0o777)
			os.WriteFile(path, []byte(strings.Join(body, "\n")), 0o644)
		}
	}
	for i, l := range lines {
		if m := header.FindStringSubmatch(l); m != nil {
			if name == "" {
				end = i
			}
			flush()
			name, body = m[1], nil
			continue
		}
		body = append(body, l)
	}
	flush()
	return lines[:end]
}

// words splits a line into words, keeping 'quoted' spaces and putting in $WORK.
func (s *script) words(line string) []string {
	var out []string
	for _, m := range regexp.MustCompile(`'[^']*'|\S+`).FindAllString(line, -1) {
		m = strings.Trim(m, "'")
		out = append(out, strings.ReplaceAll(m, "$WORK", s.work))
	}
	return out
}

func (s *script) fatalf(format string, args ...any) {
	s.t.Helper()
	s.t.Fatalf("line %d: %s", s.lineNumber, fmt.Sprintf(format, args...))
}

func (s *script) do(w []string) {
	s.t.Helper()
	neg := w[0] == "!"
	if neg {
		w = w[1:]
	}
	switch w[0] {
	case "dsptdesk":
		s.run(false, w[1:])
	case "nobody":
		s.run(true, w[2:])
	case "exit":
		if want, _ := strconv.Atoi(w[1]); s.code != want {
			s.fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", s.code, want, s.out, s.errs)
		}
	case "stdout", "stderr":
		text := map[string]string{"stdout": s.out, "stderr": s.errs}[w[0]]
		if regexp.MustCompile(w[1]).MatchString(text) == neg {
			s.fatalf("%s %q: matching %q is %v", w[0], text, w[1], !neg)
		}
	case "lines":
		if n, _ := strconv.Atoi(w[2]); strings.Count(s.errs, "\n") != n {
			s.fatalf("stderr has %d lines, want %d: %q", strings.Count(s.errs, "\n"), n, s.errs)
		}
	case "exists":
		if _, err := os.Lstat(w[1]); (err == nil) == neg {
			s.fatalf("%s exists: %v", w[1], err == nil)
		}
	case "grep":
		data, err := os.ReadFile(w[2])
		if err != nil || regexp.MustCompile(w[1]).Match(data) == neg {
			s.fatalf("grep %q %s: %v (read error %v)", w[1], w[2], !neg, err)
		}
	default:
		s.doFiles(w)
	}
}

// doFiles runs the commands that arrange files.
func (s *script) doFiles(w []string) {
	s.t.Helper()
	var err error
	switch w[0] {
	case "save":
		s.saved[w[1]] = s.sum(w[1])
	case "unchanged":
		if s.sum(w[1]) != s.saved[w[1]] {
			s.fatalf("%s changed", w[1])
		}
	case "mkdir":
		err = os.MkdirAll(w[1], 0o777)
	case "symlink":
		err = os.Symlink(w[1], w[2])
	case "link":
		err = os.Link(w[1], w[2])
	case "chmod":
		mode, _ := strconv.ParseUint(w[1], 8, 32)
		err = os.Chmod(w[2], os.FileMode(mode))
	case "chown-nobody":
		if os.Geteuid() == 0 {
			err = exec.Command("chown", "-R", "65534:65534", w[1]).Run()
		}
	case "age":
		old := time.Now().Add(-time.Hour)
		err = os.Chtimes(w[1], old, old)
	case "bom":
		var data []byte
		if data, err = os.ReadFile(w[1]); err == nil {
			err = os.WriteFile(w[2], append([]byte("\ufeff"), data...), 0o644)
		}
	case "env":
		s.env = append(s.env, w[1])
	default:
		s.doDisk(w)
	}
	if err != nil {
		s.fatalf("%v: %v", w, err)
	}
}

// doDisk makes, fills or freezes a small disk; the script is skipped where
// that cannot be done (not root, or no mount).
func (s *script) doDisk(w []string) {
	s.t.Helper()
	var err error
	switch w[0] {
	case "tmpfs":
		os.MkdirAll(w[1], 0o777)
		if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "mode=0777,size="+w[2], "tmpfs", w[1]).CombinedOutput(); err != nil {
			s.t.Skipf("line %d: cannot make a small disk here: %v %s", s.lineNumber, err, out)
		}
		s.unmount = append(s.unmount, w[1])
	case "fill":
		err = fill(filepath.Join(w[1], "filler"))
	case "readonly":
		err = exec.Command("mount", "-o", "remount,ro", w[1]).Run()
	default:
		s.fatalf("unknown command %q", w[0])
	}
	if err != nil {
		s.fatalf("%v: %v", w, err)
	}
}

// fill writes to path until the disk is full.
func fill(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	block := bytes.Repeat([]byte{'x'}, 4096)
	for {
		if _, err := f.Write(block); err != nil {
			return nil
		}
	}
}

func (s *script) sum(path string) [32]byte {
	data, err := os.ReadFile(path)
	if err != nil {
		s.fatalf("reading %s: %v", path, err)
	}
	return sha256.Sum256(data)
}

// run runs the program with args, as the ordinary user if asked.
func (s *script) run(asNobody bool, args []string) {
	s.t.Helper()
	name, argv := s.bin, args
	if asNobody && os.Geteuid() == 0 {
		setpriv, err := exec.LookPath("setpriv")
		if err != nil {
			s.t.Skip("no setpriv to run as an ordinary user")
		}
		name, argv = setpriv, append([]string{"--reuid=65534", "--regid=65534", "--clear-groups", s.bin}, args...)
	}
	cmd := exec.Command(name, argv...)
	cmd.Env, cmd.Dir = s.env, s.work
	var out, errs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errs
	cmd.Stdin = io.NopCloser(strings.NewReader(""))
	err := cmd.Run()
	s.code = 0
	if ee, ok := err.(*exec.ExitError); ok {
		s.code = ee.ExitCode()
	} else if err != nil {
		s.fatalf("running %v: %v", args, err)
	}
	s.out, s.errs = out.String(), errs.String()
}
