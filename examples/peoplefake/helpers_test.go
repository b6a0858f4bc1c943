// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"google.golang.org/api/googleapi"
	people "google.golang.org/api/people/v1"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
	"github.com/peopleupdate/peopleupdate/examples/peoplefake/fakeclient"
)

// t0 is the fake clock's first reading.
var t0 = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

// steppingClock returns a clock that starts at t0 and moves one second on
// every reading, safe for concurrent use.
func steppingClock() func() time.Time {
	var mu sync.Mutex
	now := t0.Add(-time.Second)
	return func() time.Time {
		mu.Lock()
		defer mu.Unlock()
		now = now.Add(time.Second)
		return now
	}
}

// newFake returns a fake seeded with the sample contact and a stepping clock,
// then opts, and an official client reaching it in-process.
func newFake(t testing.TB, opts ...peoplefake.Option) (*peoplefake.Server, *people.Service) {
	t.Helper()
	base := []peoplefake.Option{peoplefake.WithPeople(peoplefake.Sample()), peoplefake.WithClock(steppingClock())}
	srv := peoplefake.New(append(base, opts...)...)
	svc, err := fakeclient.Service(context.Background(), srv)
	if err != nil {
		t.Fatalf("Service: %v", err)
	}
	return srv, svc
}

// apiError is what a test checks of an error answer: the envelope's parts.
type apiError struct {
	Code    int
	Status  string
	Reason  string
	Message string
}

// envelope is Google's JSON error envelope.
type envelope struct {
	Error struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
		Errors  []struct {
			Message string `json:"message"`
			Domain  string `json:"domain"`
			Reason  string `json:"reason"`
		} `json:"errors"`
		Status  string            `json:"status"`
		Details []json.RawMessage `json:"details"`
	} `json:"error"`
}

// parseEnvelope decodes an error body and checks it is a well-formed envelope.
func parseEnvelope(t testing.TB, body []byte) (apiError, envelope) {
	t.Helper()
	var env envelope
	if err := json.Unmarshal(body, &env); err != nil {
		t.Fatalf("error body is not JSON: %v\n%s", err, body)
	}
	e := env.Error
	if e.Code == 0 || e.Status == "" || e.Message == "" || len(e.Errors) != 1 ||
		e.Errors[0].Message != e.Message || e.Errors[0].Domain != "global" || e.Errors[0].Reason == "" {
		t.Fatalf("malformed error envelope:\n%s", body)
	}
	return apiError{e.Code, e.Status, e.Errors[0].Reason, e.Message}, env
}

// clientError returns the envelope of an error of the official client.
func clientError(t testing.TB, err error) (apiError, envelope) {
	t.Helper()
	var gerr *googleapi.Error
	if !errors.As(err, &gerr) {
		t.Fatalf("error %v (%T) is not a *googleapi.Error", err, err)
	}
	got, env := parseEnvelope(t, []byte(gerr.Body))
	if gerr.Code != got.Code {
		t.Errorf("googleapi.Error.Code = %d, envelope code %d", gerr.Code, got.Code)
	}
	return got, env
}

// wantError checks err is the given API error.
func wantError(t testing.TB, err error, want apiError) {
	t.Helper()
	if err == nil {
		t.Fatalf("got no error, want %+v", want)
	}
	got, _ := clientError(t, err)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("error mismatch (-want +got):\n%s", diff)
	}
}

// isStale reports whether err is a FAILED_PRECONDITION answer.
func isStale(err error) bool {
	var gerr *googleapi.Error
	return errors.As(err, &gerr) && gerr.Code == http.StatusBadRequest &&
		strings.Contains(gerr.Body, `"FAILED_PRECONDITION"`)
}

// Messages of the API, as the tests expect them.
const (
	msgStaleEtag       = "Request person.etag is different than the current person.etag. Clear local cache and get the latest person."
	msgStaleSourceEtag = "Request person.metadata.sources.etag is different than the current person.metadata.sources.etag. Clear local cache and get the latest person."
	msgNotFound        = "Requested entity was not found."
	msgMissingToken    = "Request must set person.etag or person.metadata.sources.etag for the source that is being updated."
	docs               = " Valid paths are documented at https://developers.google.com/people/api/rest/v1/"
)

// rawResponse is an HTTP answer read whole.
type rawResponse struct {
	code int
	body []byte
	hdr  http.Header
}

// do sends one raw request through h (in-process) and reads the answer.
func do(t testing.TB, h http.Handler, method, target, body string) rawResponse {
	t.Helper()
	c := &http.Client{Transport: h.(*peoplefake.Server).Transport("")}
	return doWith(t, c, method, peoplefake.InProcessURL+strings.TrimPrefix(target, "/"), body)
}

// doWith sends one raw request with client c and reads the answer.
func doWith(t testing.TB, c *http.Client, method, url, body string) rawResponse {
	t.Helper()
	return doHeader(t, c, method, url, body, nil)
}

// doHeader sends one raw request with extra headers and reads the answer.
func doHeader(t testing.TB, c *http.Client, method, url, body string, header map[string]string) rawResponse {
	t.Helper()
	var r io.Reader
	if body != "" {
		r = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, url, r)
	if err != nil {
		t.Fatalf("NewRequest: %v", err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, url, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("reading %s %s: %v", method, url, err)
	}
	return rawResponse{resp.StatusCode, b, resp.Header}
}

// sampleName is the sample contact's resource name.
const sampleName = peoplefake.SampleName
