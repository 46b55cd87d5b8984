package ui

import (
	"sync"
	"time"
)

// background runs work off the UI goroutine. Writes go through one queue so
// that they reach the database in the order they were made; other long work
// (hashing a file, exporting, backing up) runs on its own goroutine. A job
// may return a function to run on the UI goroutine afterwards; post takes
// it there (fyne.Do in the app). whenIdle runs a function on the UI
// goroutine once no job is queued or running, which the window uses before
// it closes or swaps its database, without ever blocking the UI goroutine.
type background struct {
	writes chan func()
	post   func(func())
	// pending counts the same jobs as busy, done only once what they hand
	// back is posted, so that tests can wait for the window to be idle.
	pending sync.WaitGroup

	mu     sync.Mutex
	busy   int      // jobs queued or running
	onIdle []func() // to post when busy falls to 0
	// writing and onWritten do the same for database writes only, which
	// is all that closing the window has to wait for.
	writing   int
	onWritten []func()
}

func newBackground(post func(func())) *background {
	b := &background{writes: make(chan func(), 256), post: post}
	go b.runWrites()
	return b
}

func (b *background) runWrites() {
	for job := range b.writes {
		job()
		b.done()
	}
}

// start counts a job in.
func (b *background) start() {
	b.mu.Lock()
	b.busy++
	b.mu.Unlock()
	b.pending.Add(1)
}

// done counts a job out, after what it hands back has been posted, and
// posts the idle callbacks once nothing is left.
func (b *background) done() {
	b.mu.Lock()
	b.busy--
	var idle []func()
	if b.busy == 0 {
		idle, b.onIdle = b.onIdle, nil
	}
	b.mu.Unlock()
	for _, f := range idle {
		b.post(f)
	}
	b.pending.Done()
}

// whenIdle runs then on the UI goroutine once no job is queued or running,
// after everything the earlier jobs handed back.
func (b *background) whenIdle(then func()) {
	b.mu.Lock()
	if b.busy > 0 {
		b.onIdle = append(b.onIdle, then)
		b.mu.Unlock()
		return
	}
	b.mu.Unlock()
	b.post(then)
}

// idle reports whether no job is queued or running.
func (b *background) idle() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.busy == 0
}

// write queues a database write behind the earlier ones.
func (b *background) write(job func() (then func())) {
	b.start()
	b.mu.Lock()
	b.writing++
	b.mu.Unlock()
	b.writes <- func() {
		b.finish(job())
		b.written()
	}
}

// written counts a write out and posts the callbacks waiting for writes.
func (b *background) written() {
	b.mu.Lock()
	b.writing--
	var then []func()
	if b.writing == 0 {
		then, b.onWritten = b.onWritten, nil
	}
	b.mu.Unlock()
	for _, f := range then {
		b.post(f)
	}
}

// whenWritten runs then on the UI goroutine once no write is queued or
// running, after everything the earlier writes handed back. Other work (an
// export, an evidence check) is not waited for.
func (b *background) whenWritten(then func()) {
	b.mu.Lock()
	if b.writing > 0 {
		b.onWritten = append(b.onWritten, then)
		b.mu.Unlock()
		return
	}
	b.mu.Unlock()
	b.post(then)
}

// writesDone reports whether no write is queued or running.
func (b *background) writesDone() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.writing == 0
}

// run starts long work on its own goroutine.
func (b *background) run(job func() (then func())) {
	b.start()
	go func() {
		defer b.done()
		b.finish(job())
	}()
}

func (b *background) finish(then func()) {
	if then != nil {
		b.post(then)
	}
}

// after runs then on the UI goroutine once delay has passed, unless the
// returned stop function is called first; it counts as busy until then.
func (b *background) after(delay time.Duration, then func()) (stop func()) {
	b.start()
	t := time.AfterFunc(delay, func() {
		defer b.done()
		b.post(then)
	})
	return func() {
		if t.Stop() {
			b.done()
		}
	}
}
