package assessment

import (
	"errors"
	"fmt"
)

// Error codes say what kind of failure happened, so that callers can react
// (for example offer the backup list for a damaged file) without parsing text.
const (
	EInvalid  = "invalid"   // the input breaks a rule; the message says which
	ENotFound = "not_found" // the thing asked for does not exist
	ELocked   = "locked"    // the assessment is published and read-only
	EConflict = "conflict"  // it clashes with existing data or another copy of the app
	EDamaged  = "damaged"   // the database file is damaged or is not a DSPT Desk file
	ETooNew   = "too_new"   // the file was written by a newer version of DSPT Desk
	EInternal = "internal"  // anything else; the message is generic, the detail is logged
)

// Error is a failure with a code and a message written for the manager.
// The message must be safe and useful to show in the window as it is.
type Error struct {
	Code    string
	Message string
}

// Error implements the error interface.
func (e *Error) Error() string { return e.Message }

// Errorf builds an Error with a formatted, user-facing message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, or EInternal.
func ErrorCode(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	if err == nil {
		return ""
	}
	return EInternal
}

// ErrorMessage returns the user-facing message of the first *Error in err's
// chain, a sentence about the file for an operating-system error about one
// (see FileProblem), or a generic sentence for other errors.
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	if err == nil {
		return ""
	}
	if msg := FileProblem(err); msg != "" {
		return msg
	}
	return "Something went wrong inside DSPT Desk. Your earlier work is safe; please try again, and if it keeps happening, note what you were doing."
}
