// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package main

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRunLogFile logs to a file with -log: the request line is there, its
// token redacted, and the shutdown line too.
func TestRunLogFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fake.log")
	url, _, stop := startRun(t, "-addr", "127.0.0.1:0", "-log", path)
	resp, err := http.Get(url + "/v1/people/me/connections?personFields=names&access_token=ya29.secret")
	if err != nil {
		t.Fatal(err)
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if err := stop(); err != nil {
		t.Fatalf("run: %v", err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	got := string(b)
	if strings.Contains(got, "secret") || !strings.Contains(got, "GET /v1/people/me/connections?personFields=names&access_token=REDACTED 200 ") ||
		!strings.Contains(got, "shutting down") {
		t.Errorf("log file:\n%s", got)
	}
}
