package assessment

import "fmt"

// Level is a DSPT status: the level an assessment reaches, or the level at
// which a question is needed.
type Level int

// The DSPT levels, lowest first. Items are needed at ApproachingStandards
// (and so at every level above) or at StandardsMet (and Exceeded) only.
const (
	NotReady Level = iota
	ApproachingStandards
	StandardsMet
	StandardsExceeded
)

// PublishLevels are the levels an assessment can be published at, lowest first.
var PublishLevels = []Level{ApproachingStandards, StandardsMet, StandardsExceeded}

// LevelNamed returns the level whose name (as String writes it) is name,
// or NotReady.
func LevelNamed(name string) Level {
	for _, l := range PublishLevels {
		if l.String() == name {
			return l
		}
	}
	return NotReady
}

// String returns the level's name as the toolkit writes it.
func (l Level) String() string {
	switch l {
	case ApproachingStandards:
		return "Approaching Standards"
	case StandardsMet:
		return "Standards Met"
	case StandardsExceeded:
		return "Standards Exceeded"
	default:
		return "Not ready to publish"
	}
}

// Code returns the short code used in files and lists: AS, SM, SE, or "none".
func (l Level) Code() string {
	switch l {
	case ApproachingStandards:
		return "AS"
	case StandardsMet:
		return "SM"
	case StandardsExceeded:
		return "SE"
	default:
		return "none"
	}
}

// NeededFor returns the sentence shown beside a question needed at this level.
func (l Level) NeededFor() string {
	if l == ApproachingStandards {
		return "Needed for Approaching Standards"
	}
	return "Needed for Standards Met"
}

// ParseLevel reads a level code (AS, SM, SE or none).
func ParseLevel(code string) (Level, error) {
	for _, l := range append([]Level{NotReady}, PublishLevels...) {
		if l.Code() == code {
			return l, nil
		}
	}
	return NotReady, fmt.Errorf("unknown level %q (use AS, SM, SE or none)", code)
}
