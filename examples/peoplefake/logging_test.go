// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake_test

import (
	"bytes"
	"io"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
)

// TestRequestLogBlockedSink logs to a pipe nobody reads while 2,000 requests
// are served: every one is answered, the lines that did not fit are dropped,
// and once the pipe is read the log says how many.
func TestRequestLogBlockedSink(t *testing.T) {
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer pr.Close()
	logs := peoplefake.NewRequestLog(pw, 8)
	h := logs.Handler(peoplefake.New(peoplefake.WithPeople(peoplefake.Sample())))
	const n = 2000
	done := make(chan int)
	go func() {
		ok := 0
		// Long lines, so that the pipe's own buffer fills quickly.
		target := "/v1/" + sampleName + "?personFields=names&quotaUser=" + strings.Repeat("q", 500)
		for range n {
			w := httptest.NewRecorder()
			h.ServeHTTP(w, httptest.NewRequest("GET", target, nil))
			if w.Code == 200 {
				ok++
			}
		}
		done <- ok
	}()
	select {
	case ok := <-done:
		if ok != n {
			t.Errorf("%d of %d requests answered 200", ok, n)
		}
	case <-time.After(time.Minute): // a hang guard, not a timing requirement
		t.Fatal("serving stalled behind a blocked log")
	}
	if logs.Close(10 * time.Millisecond) {
		t.Error("Close reported a flushed log while nobody reads the pipe")
	}
	var got bytes.Buffer
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); _, _ = io.Copy(&got, pr) }()
	if !logs.Close(time.Minute) {
		t.Fatal("the log did not flush once the pipe was read")
	}
	pw.Close()
	wg.Wait()
	m := regexp.MustCompile(`peoplefake: log: dropped ([0-9]+) lines`).FindStringSubmatch(got.String())
	if m == nil {
		t.Fatalf("no count of dropped lines in the log (%d bytes)", got.Len())
	}
	if lines := strings.Count(got.String(), " GET /v1/"); lines == 0 || lines >= n {
		t.Errorf("%d request lines logged of %d, want some dropped and some written", lines, n)
	}
}

// TestRequestLogRedacts checks that credentials in URLs never reach the log.
func TestRequestLogRedacts(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"/v1/people/me?access_token=ya29.secret&personFields=names", "/v1/people/me?access_token=REDACTED&personFields=names"},
		{"/v1/x?key=AIza123&oauth_token=t&k=v", "/v1/x?key=REDACTED&oauth_token=REDACTED&k=v"},
		{"/v1/x?ACCESS_TOKEN=a&access%5Ftoken=b", "/v1/x?ACCESS_TOKEN=REDACTED&access%5Ftoken=REDACTED"},
		{"/v1/x?personFields=names", "/v1/x?personFields=names"},
		{"/v1/x", "/v1/x"},
	} {
		u, err := url.Parse(tt.in)
		if err != nil {
			t.Fatal(err)
		}
		if got := peoplefake.RedactURI(u); got != tt.want {
			t.Errorf("RedactURI(%s) = %s, want %s", tt.in, got, tt.want)
		}
	}

	var sink bytes.Buffer
	logs := peoplefake.NewRequestLog(&sink, 0)
	h := logs.Handler(peoplefake.New(peoplefake.WithAuth(), peoplefake.WithToken("ya29.secret", "alice")))
	r := httptest.NewRequest("GET", "/v1/people/me/connections?personFields=names&access_token=ya29.secret", nil)
	r.Header.Set("Authorization", "Bearer ya29.secret")
	h.ServeHTTP(httptest.NewRecorder(), r)
	if !logs.Close(time.Minute) {
		t.Fatal("Close: not flushed")
	}
	if got := sink.String(); strings.Contains(got, "secret") || !strings.Contains(got, "access_token=REDACTED") || !strings.Contains(got, " 200 ") {
		t.Errorf("log line %q, want the token redacted and status 200", got)
	}
}
