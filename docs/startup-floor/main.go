// Command startup-floor measures the floor for DSPT Desk's start-up time: a
// bare Fyne window with one label, timed from process start to its first
// frame in the same way as `dsptdesk --startup-timing` (an invisible raster
// that notes the moment it is first painted).
//
//	go run ./docs/startup-floor
package main

import (
	"fmt"
	"image"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

var started = time.Now()

func main() {
	a := app.NewWithID("io.github.dsptdesk.startup-floor")
	w := a.NewWindow("Floor")
	var once sync.Once
	probe := canvas.NewRaster(func(int, int) image.Image {
		once.Do(func() {
			fmt.Printf("first frame after %d ms\n", time.Since(started).Milliseconds())
			go fyne.Do(a.Quit)
		})
		return image.NewNRGBA(image.Rect(0, 0, 1, 1))
	})
	w.SetContent(container.NewStack(probe, widget.NewLabel("Hello")))
	w.Resize(fyne.NewSize(1280, 800))
	w.ShowAndRun()
}
