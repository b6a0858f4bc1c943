// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"net/http"
	"net/http/httptest"
)

// InProcessURL is the base URL of the clients that reach a Server in-process
// ([Server.Client], [Server.Transport], and the official client of package
// fakeclient). Its host is never dialled (and could not be: .invalid names do
// not resolve).
const InProcessURL = "http://peoplefake.invalid/"

// Transport returns an [http.RoundTripper] that serves every request with s
// in-process, through [httptest.ResponseRecorder]: no listener, no network.
// A non-empty token is sent as "Authorization: Bearer <token>" unless the
// request carries its own Authorization header.
func (s *Server) Transport(token string) http.RoundTripper {
	return &transport{h: s, token: token}
}

// Client returns an [http.Client] that reaches s in-process with the given
// bearer token ("" for none); see [Server.Transport].
func (s *Server) Client(token string) *http.Client {
	return &http.Client{Transport: s.Transport(token)}
}

// Start serves s on a loopback port until the returned server is closed.
func (s *Server) Start() *httptest.Server {
	return httptest.NewServer(s)
}

// transport is the in-process RoundTripper.
type transport struct {
	h     http.Handler
	token string
}

// RoundTrip serves req with the handler and returns the recorded response.
func (t *transport) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.Body != nil {
		defer req.Body.Close()
	}
	if err := req.Context().Err(); err != nil {
		return nil, err
	}
	in := req.Clone(req.Context())
	if in.Body == nil {
		in.Body = http.NoBody
	}
	if in.Header == nil {
		in.Header = make(http.Header)
	}
	in.RequestURI = req.URL.RequestURI()
	in.RemoteAddr = "192.0.2.1:1234"
	if in.Host == "" {
		in.Host = req.URL.Host
	}
	if t.token != "" && in.Header.Get("Authorization") == "" {
		in.Header.Set("Authorization", "Bearer "+t.token)
	}
	rec := httptest.NewRecorder()
	t.h.ServeHTTP(rec, in)
	resp := rec.Result()
	resp.Request = req
	return resp, nil
}
