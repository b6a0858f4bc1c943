// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"google.golang.org/api/option"
	people "google.golang.org/api/people/v1"
)

// InProcessURL is the base URL of the clients that reach a Server in-process
// ([Server.Client], [Server.Service]). Its host is never dialled (and could not
// be: .invalid names do not resolve).
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

// Service returns an official People API client (google.golang.org/api/people/v1)
// that reaches s in-process, without credentials. opts come after the fake's
// own (an HTTP client and [InProcessURL] as the endpoint).
func (s *Server) Service(ctx context.Context, opts ...option.ClientOption) (*people.Service, error) {
	return s.ServiceAs(ctx, "", opts...)
}

// ServiceAs is [Server.Service] for a client that sends the bearer token, as a
// user signed in with that token would.
func (s *Server) ServiceAs(ctx context.Context, token string, opts ...option.ClientOption) (*people.Service, error) {
	base := []option.ClientOption{
		option.WithHTTPClient(s.Client(token)),
		option.WithEndpoint(InProcessURL),
	}
	return people.NewService(ctx, append(base, opts...)...)
}

// NewService returns an official People API client for a fake served at
// baseURL (an [httptest.Server]'s URL, or the command's "http://127.0.0.1:8080"),
// sending the bearer token unless it is "". opts come after the fake's own.
func NewService(ctx context.Context, baseURL, token string, opts ...option.ClientOption) (*people.Service, error) {
	var rt http.RoundTripper = http.DefaultTransport
	if token != "" {
		rt = &bearer{token: token, next: rt}
	}
	base := []option.ClientOption{
		option.WithHTTPClient(&http.Client{Transport: rt}),
		option.WithEndpoint(strings.TrimSuffix(baseURL, "/") + "/"),
	}
	return people.NewService(ctx, append(base, opts...)...)
}

// NewTestServer starts a fake made with opts on a loopback port and closes it
// when the test ends. It returns the fake, to configure and inspect, and its
// listener; [NewService] makes a client for its URL.
func NewTestServer(t testing.TB, opts ...Option) (*Server, *httptest.Server) {
	t.Helper()
	s := New(opts...)
	ts := s.Start()
	t.Cleanup(ts.Close)
	return s, ts
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

// bearer adds a bearer token to every request it sends.
type bearer struct {
	token string
	next  http.RoundTripper
}

// RoundTrip sends a copy of req with the Authorization header set.
func (b *bearer) RoundTrip(req *http.Request) (*http.Response, error) {
	r := req.Clone(req.Context())
	r.Header.Set("Authorization", "Bearer "+b.token)
	return b.next.RoundTrip(r)
}
