package ui

// screenMaker builds one of the window's screens. Screens are built the
// first time they are wanted (see Desk.screen), so that opening the window
// builds only the one on show.
type screenMaker func(*Desk) screen

// lazily turns a screen's constructor into a screenMaker.
func lazily[S screen](newScreen func(*Desk) S) screenMaker {
	return func(d *Desk) screen { return newScreen(d) }
}

// screen returns the screen with the id, building it the first time it is
// wanted, or nil when there is no such screen.
func (d *Desk) screen(id string) screen {
	if s, ok := d.screens[id]; ok {
		return s
	}
	build, ok := d.makers[id]
	if !ok {
		return nil
	}
	s := build(d)
	d.screens[id] = s
	return s
}

// hasScreen reports whether there is a screen with the id, built or not.
func (d *Desk) hasScreen(id string) bool {
	_, built := d.screens[id]
	_, later := d.makers[id]
	return built || later
}
