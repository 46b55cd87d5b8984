package main

import (
	_ "embed"
	"errors"
	"fmt"

	"fyne.io/fyne/v2"
	"github.com/BurntSushi/toml"

	"github.com/dsptdesk/dsptdesk/assets"
)

// fyneAppTOML is FyneApp.toml, the one place the app's name, ID, version and
// icon are written; the Windows build reads the same file.
//
//go:embed FyneApp.toml
var fyneAppTOML string

// appMetadata reads FyneApp.toml into Fyne's metadata, so that the window,
// the command line and the reports show the version the build was made from,
// and the fyneDo migration holds in a built exe that has no FyneApp.toml beside it.
func appMetadata() (fyne.AppMetadata, error) {
	var f struct {
		Details struct {
			Icon, Name, ID, Version string
			Build                   int
		}
		Migrations map[string]bool
	}
	if _, err := toml.Decode(fyneAppTOML, &f); err != nil {
		return fyne.AppMetadata{}, fmt.Errorf("reading the built-in FyneApp.toml: %w", err)
	}
	d := f.Details
	if d.Name == "" || d.ID == "" || d.Version == "" {
		return fyne.AppMetadata{}, errors.New("the built-in FyneApp.toml lacks the name, ID or version")
	}
	return fyne.AppMetadata{
		ID: d.ID, Name: d.Name, Version: d.Version, Build: d.Build,
		Icon:       fyne.NewStaticResource("icon.png", assets.Icon),
		Custom:     map[string]string{},
		Migrations: f.Migrations,
	}, nil
}
