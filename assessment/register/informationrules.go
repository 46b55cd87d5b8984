package register

// informationFindings works out what the information register says about its questions.
func informationFindings(c Context) []Finding {
	return nil
}
