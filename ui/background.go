package ui

import (
	"sync"
	"time"
)

// background runs work off the UI goroutine. Writes go through one queue so
// that they reach the database in the order they were made; other long work
// (hashing a file, exporting, backing up) runs on its own goroutine. A job
// may return a function to run on the UI goroutine afterwards; post takes
// it there (fyne.Do in the app). wait returns when no job is queued or
// running, which the window uses before it closes.
type background struct {
	writes  chan func()
	pending sync.WaitGroup
	post    func(func())
}

func newBackground(post func(func())) *background {
	b := &background{writes: make(chan func(), 256), post: post}
	go b.runWrites()
	return b
}

func (b *background) runWrites() {
	for job := range b.writes {
		job()
		b.pending.Done()
	}
}

// write queues a database write behind the earlier ones.
func (b *background) write(job func() (then func())) {
	b.pending.Add(1)
	b.writes <- func() { b.finish(job()) }
}

// run starts long work on its own goroutine.
func (b *background) run(job func() (then func())) {
	b.pending.Add(1)
	go func() {
		defer b.pending.Done()
		b.finish(job())
	}()
}

func (b *background) finish(then func()) {
	if then != nil {
		b.post(then)
	}
}

// after runs then on the UI goroutine once delay has passed, unless the
// returned stop function is called first; wait counts it until then.
func (b *background) after(delay time.Duration, then func()) (stop func()) {
	b.pending.Add(1)
	t := time.AfterFunc(delay, func() {
		defer b.pending.Done()
		b.post(then)
	})
	return func() {
		if t.Stop() {
			b.pending.Done()
		}
	}
}

// wait blocks until every queued and running job has finished.
func (b *background) wait() { b.pending.Wait() }
