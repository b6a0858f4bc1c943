// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package fakeclient

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"google.golang.org/api/option"
	people "google.golang.org/api/people/v1"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
)

// Service returns an official People API client that reaches s in-process,
// without credentials. opts come after the fake's own (an HTTP client and
// [peoplefake.InProcessURL] as the endpoint).
func Service(ctx context.Context, s *peoplefake.Server, opts ...option.ClientOption) (*people.Service, error) {
	return ServiceAs(ctx, s, "", opts...)
}

// ServiceAs is [Service] for a client that sends the bearer token, as a user
// signed in with that token would.
func ServiceAs(ctx context.Context, s *peoplefake.Server, token string, opts ...option.ClientOption) (*people.Service, error) {
	base := []option.ClientOption{
		option.WithHTTPClient(s.Client(token)),
		option.WithEndpoint(peoplefake.InProcessURL),
	}
	return people.NewService(ctx, append(base, opts...)...)
}

// NewService returns an official People API client for a fake served at
// baseURL (an [httptest.Server]'s URL, or the command's "http://127.0.0.1:8080"),
// sending the bearer token unless it is "". opts come after the fake's own.
//
// Without this function, the options a client of the standalone fake needs are
// option.WithEndpoint(baseURL) and either option.WithoutAuthentication() or a
// token (option.WithHTTPClient with a client that sets the Authorization
// header); without them people.NewService looks for Google's default
// credentials and fails.
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
func NewTestServer(t testing.TB, opts ...peoplefake.Option) (*peoplefake.Server, *httptest.Server) {
	t.Helper()
	s := peoplefake.New(opts...)
	ts := s.Start()
	t.Cleanup(ts.Close)
	return s, ts
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
