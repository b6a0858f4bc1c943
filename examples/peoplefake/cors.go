// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"net/http"
	"strings"
)

// WithoutCORS turns off the fake's answers to browsers' cross-origin
// requests: CORS preflights get the 405 of any OPTIONS request, and answers
// carry no Access-Control headers. By default the fake answers CORS as
// Google's API front end does for its JavaScript clients (see [Server]).
func WithoutCORS() Option {
	return optionFunc(func(c *config) { c.noCORS = true })
}

// corsMaxAge is how long, in seconds, a browser may cache a preflight answer.
const corsMaxAge = "3600"

// corsMethods are the HTTP methods a preflight allows.
const corsMethods = "DELETE,GET,HEAD,PATCH,POST,PUT"

// corsExposed are the response headers a page may read.
const corsExposed = "Content-Length,Content-Type,Date,Server,WWW-Authenticate,X-Content-Type-Options"

// cors adds the CORS headers of a request with an Origin header to w, and
// answers a preflight (OPTIONS with Access-Control-Request-Method) itself,
// with 200 and no body; it reports whether it did. A preflight is answered
// for every path, as Google's front end does, before any authentication.
func (s *Server) cors(w http.ResponseWriter, r *http.Request) bool {
	origin := r.Header.Get("Origin")
	if s.noCORS || origin == "" {
		return false
	}
	h := w.Header()
	h.Set("Access-Control-Allow-Origin", origin)
	h.Set("Access-Control-Allow-Credentials", "true")
	h.Add("Vary", "Origin")
	if r.Method != http.MethodOptions || r.Header.Get("Access-Control-Request-Method") == "" {
		h.Set("Access-Control-Expose-Headers", corsExposed)
		return false
	}
	h.Set("Access-Control-Allow-Methods", corsMethods)
	if req := r.Header.Values("Access-Control-Request-Headers"); len(req) > 0 {
		h.Set("Access-Control-Allow-Headers", strings.Join(req, ","))
	}
	h.Set("Access-Control-Max-Age", corsMaxAge)
	h.Set("Content-Length", "0")
	w.WriteHeader(http.StatusOK)
	return true
}
