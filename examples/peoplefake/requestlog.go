// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"net/http"
	"net/url"
	"strings"
	"time"
)

// DefaultRequestLog is how many requests the fake remembers for the admin
// API's request list unless [WithRequestLog] says otherwise.
const DefaultRequestLog = 1000

// WithRequestLog sets how many of the latest People API requests the fake
// remembers (see [Server.Requests]); 0 remembers none. The default is
// [DefaultRequestLog].
func WithRequestLog(n int) Option {
	return optionFunc(func(c *config) { c.requestLog = max(n, 0) })
}

// A LoggedRequest is one People API request the fake received.
type LoggedRequest struct {
	Time   time.Time `json:"time"`
	Method string    `json:"method"` // the HTTP method
	Path   string    `json:"path"`
	// Query is the raw query with credentials (access_token, oauth_token,
	// key) redacted.
	Query  string `json:"query,omitempty"`
	Status int    `json:"status"`
}

// Requests returns the People API requests the fake remembers, oldest first.
func (s *Server) Requests() []LoggedRequest {
	a := &s.admin
	a.mu.Lock()
	defer a.mu.Unlock()
	if !a.full {
		return append([]LoggedRequest(nil), a.ring[:a.next]...)
	}
	return append(append([]LoggedRequest(nil), a.ring[a.next:]...), a.ring[:a.next]...)
}

// ClearRequests forgets the requests remembered.
func (s *Server) ClearRequests() {
	a := &s.admin
	a.mu.Lock()
	defer a.mu.Unlock()
	a.next, a.full = 0, false
}

// logRequest wraps w to record the status of r and returns the function that
// logs it once served.
func (s *Server) logRequest(w http.ResponseWriter, r *http.Request) (http.ResponseWriter, func()) {
	if len(s.admin.ring) == 0 {
		return w, func() {}
	}
	sw := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
	return sw, func() {
		e := LoggedRequest{Time: s.Now(), Method: r.Method, Path: r.URL.Path, Query: redact(r.URL.RawQuery), Status: sw.status}
		a := &s.admin
		a.mu.Lock()
		defer a.mu.Unlock()
		a.ring[a.next] = e
		a.next++
		if a.next == len(a.ring) {
			a.next, a.full = 0, true
		}
	}
}

// statusRecorder records the status written through it.
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (w *statusRecorder) WriteHeader(code int) {
	w.status = code
	w.ResponseWriter.WriteHeader(code)
}

// redact replaces the values of credentials in a raw query by REDACTED, as
// the request log of the command does ([RedactURI]).
func redact(raw string) string {
	if raw == "" {
		return ""
	}
	_, q, _ := strings.Cut(RedactURI(&url.URL{Path: "/", RawQuery: raw}), "?")
	return q
}
