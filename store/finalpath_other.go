//go:build !windows

package store

// finalPath returns path, which EvalSymlinks has already resolved.
func finalPath(path string) string { return path }
