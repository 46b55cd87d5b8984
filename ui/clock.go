package ui

import "time"

// clockEvery is how often an open window works its figures out again by
// itself, so that what runs with time (the days left to publish, a
// breach's 72 hours, training falling due) moves on while it stays open.
var clockEvery = 10 * time.Minute

// keepTime works the figures out again every clockEvery until the window
// closes (see closeNow).
func (d *Desk) keepTime() {
	d.clockStop = make(chan struct{})
	t := time.NewTicker(clockEvery)
	stop := d.clockStop
	go func() {
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				d.opt.post(d.tick)
			}
		}
	}()
}

// tick redraws everything that shows the time, unless the window is
// closing.
func (d *Desk) tick() {
	if !d.closing && !d.closed {
		d.changed()
	}
}

// stopTime ends keepTime.
func (d *Desk) stopTime() {
	if d.clockStop != nil {
		close(d.clockStop)
		d.clockStop = nil
	}
}
