package main

import (
	"bytes"
	"os"
	"regexp"
	"testing"
	"time"

	"github.com/dsptdesk/dsptdesk/cli"
)

// TestMetadataIsFyneAppToml checks that the version the app shows is the one
// in FyneApp.toml, the file the Windows build also reads.
func TestMetadataIsFyneAppToml(t *testing.T) {
	meta, err := appMetadata()
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	for field, got := range map[string]string{"Name": meta.Name, "ID": meta.ID, "Version": meta.Version} {
		m := regexp.MustCompile(`(?m)^\s*` + field + `\s*=\s*"([^"]+)"`).FindSubmatch(data)
		if m == nil || string(m[1]) != got {
			t.Errorf("%s: FyneApp.toml says %q, the app %q", field, m, got)
		}
	}
	if !meta.Migrations["fyneDo"] || len(meta.Icon.Content()) == 0 {
		t.Errorf("migrations %v, icon %d bytes", meta.Migrations, len(meta.Icon.Content()))
	}
	var out bytes.Buffer
	env := cli.Env{Stdout: &out, Stderr: &out, Now: time.Now, Version: meta.Version}
	if code := cli.Run([]string{"--version"}, env); code != cli.ExitOK || out.String() != "DSPT Desk "+meta.Version+"\n" {
		t.Errorf("--version: %d %q", code, out.String())
	}
}
