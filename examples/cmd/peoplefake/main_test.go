// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"google.golang.org/api/googleapi"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
	"github.com/peopleupdate/peopleupdate/examples/peoplefake/fakeclient"
	"github.com/peopleupdate/peopleupdate/person"
)

// syncBuffer is a bytes.Buffer safe for the server's goroutines to write.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// listening is the first line the command prints.
var listening = regexp.MustCompile(`^listening on (http://127\.0\.0\.1:[1-9][0-9]*)\n$`)

// writeSeed writes a seed file holding the sample contact renamed to name.
func writeSeed(t *testing.T, name string) string {
	t.Helper()
	p := peoplefake.Sample()
	p.ResourceName = name
	b, err := person.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "seed.json")
	if err := os.WriteFile(path, []byte(`{"people": [`+string(b)+`]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// writeFile writes data to a new file and returns its path.
func writeFile(t *testing.T, data string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "seed.json")
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestRunSeedContacts serves the contacts of a seed file as stored contacts.
func TestRunSeedContacts(t *testing.T) {
	url, _, stop := startRun(t, "-addr", "127.0.0.1:0", "-quiet",
		"-seed", writeFile(t, `{"contacts": [{"names": [{"givenName": "Ada", "familyName": "Lovelace"}]}]}`))
	defer stop()
	svc, err := fakeclient.NewService(context.Background(), url, "")
	if err != nil {
		t.Fatal(err)
	}
	list, err := svc.People.Connections.List("people/me").PersonFields("names").Do()
	if err != nil {
		t.Fatalf("list: %v", err)
	}
	if len(list.Connections) != 1 || len(list.Connections[0].Names) != 1 || list.Connections[0].Names[0].DisplayName != "Ada Lovelace" {
		t.Errorf("connections %+v, want one named Ada Lovelace", list.Connections)
	}
}

// startRun runs run in a goroutine and returns the base URL it prints, its
// stderr, and a stop function that cancels it and returns its error.
func startRun(t *testing.T, args ...string) (string, *syncBuffer, func() error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	stderr := &syncBuffer{}
	done := make(chan error, 1)
	go func() {
		err := run(ctx, args, pw, stderr)
		pw.CloseWithError(io.EOF)
		done <- err
	}()
	line, err := bufio.NewReader(pr).ReadString('\n')
	m := listening.FindStringSubmatch(line)
	if m == nil {
		cancel()
		t.Fatalf("first line %q (%v), want %q; stderr:\n%s; run: %v", line, err, "listening on http://127.0.0.1:PORT", stderr, <-done)
	}
	go func() { _, _ = io.Copy(io.Discard, pr) }()
	return m[1], stderr, func() error {
		cancel()
		return <-done
	}
}

func TestRun(t *testing.T) {
	const name = "people/c1234"
	url, stderr, stop := startRun(t, "-addr", "127.0.0.1:0", "-seed", writeSeed(t, name))
	ctx := context.Background()
	svc, err := fakeclient.NewService(ctx, url, "")
	if err != nil {
		t.Fatal(err)
	}
	p, err := svc.People.Get(name).PersonFields("names").Do()
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	p.Names[0].GivenName = "Run"
	if _, err := svc.People.UpdateContact(name, p).UpdatePersonFields("names").Do(); err != nil {
		t.Fatalf("UpdateContact: %v", err)
	}
	// The seed replaces the sample.
	_, err = svc.People.Get(peoplefake.SampleName).PersonFields("names").Do()
	var gerr *googleapi.Error
	if !errors.As(err, &gerr) || gerr.Code != 404 {
		t.Errorf("Get of the sample: %v, want 404", err)
	}
	if err := stop(); err != nil {
		t.Errorf("run: %v", err)
	}
	log := stderr.String()
	for _, want := range []string{"GET /v1/" + name + "?", " 200 ", "PATCH /v1/" + name + ":updateContact?", " 404 ", "shutting down"} {
		if !strings.Contains(log, want) {
			t.Errorf("stderr lacks %q:\n%s", want, log)
		}
	}
}

func TestRunAuth(t *testing.T) {
	url, _, stop := startRun(t, "-addr", "127.0.0.1:0", "-quiet", "-token", "tok=alice", "-token", "ro=alice:readonly")
	defer func() {
		if err := stop(); err != nil {
			t.Errorf("run: %v", err)
		}
	}()
	ctx := context.Background()
	tests := []struct {
		token    string
		wantCode int // of an update; 0 for success
	}{
		{"", 401},
		{"wrong", 401},
		{"ro", 403},
		{"tok", 0},
	}
	for _, tt := range tests {
		svc, err := fakeclient.NewService(ctx, url, tt.token)
		if err != nil {
			t.Fatal(err)
		}
		p, err := svc.People.Get(peoplefake.SampleName).PersonFields("names").Do()
		if err != nil {
			if tt.wantCode != 401 {
				t.Errorf("token %q: Get: %v", tt.token, err)
			}
			continue
		}
		_, err = svc.People.UpdateContact(peoplefake.SampleName, p).UpdatePersonFields("names").Do()
		var gerr *googleapi.Error
		switch {
		case tt.wantCode == 0 && err != nil:
			t.Errorf("token %q: UpdateContact: %v", tt.token, err)
		case tt.wantCode != 0 && (!errors.As(err, &gerr) || gerr.Code != tt.wantCode):
			t.Errorf("token %q: UpdateContact: %v, want %d", tt.token, err, tt.wantCode)
		}
	}
}

func TestRunBadArgs(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		wantErr string
	}{
		{"unknown flag", []string{"-nope"}, "flag provided but not defined"},
		{"extra argument", []string{"serve"}, `unexpected arguments ["serve"]`},
		{"bad token", []string{"-token", "nouser"}, "want TOKEN=USER"},
		{"bad token mode", []string{"-token", "t=u:admin"}, "want TOKEN=USER"},
		{"missing seed", []string{"-seed", filepath.Join(t.TempDir(), "none.json")}, "no such file"},
		{"bad address", []string{"-addr", "127.0.0.1:http-ish"}, "listen"},
		{"seed without a contact source", []string{"-seed", writeFile(t, `{"people": [{"resourceName": "people/c1", "names": [{"givenName": "Ada"}]}]}`)},
			`seed: people[0] (people/c1): no CONTACT source: add "metadata"`},
		{"foreign data directory", []string{"-data", filepath.Dir(writeFile(t, "{}"))}, "not a peoplefake data directory"},
		{"seed contact createContact rejects", []string{"-seed", writeFile(t, `{"contacts": [{"names": [{"givenName": "Ada"}]}, {"names": [{"givenName": "A"}, {"givenName": "B"}]}]}`)},
			"seed: contacts[1]:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			err := run(context.Background(), tt.args, &stdout, &stderr)
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("run error %v, want one containing %q", err, tt.wantErr)
			}
			if stdout.Len() != 0 {
				t.Errorf("stdout %q, want nothing", stdout.String())
			}
		})
	}
}

// TestCommand builds the command, runs it on a free port, makes a client call
// and stops it with SIGINT.
func TestCommand(t *testing.T) {
	bin := buildCommand(t)
	// A bound on the whole run, so that a hung command cannot hang the test.
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	const name = "people/c77"
	c := startCommand(ctx, t, bin, "-seed", writeSeed(t, name))
	cmd, stderr := c.cmd, c.stderr
	svc, err := fakeclient.NewService(ctx, c.url, "")
	if err != nil {
		t.Fatal(err)
	}
	resp, err := svc.People.Connections.List("people/me").PersonFields("names").Do()
	if err != nil || resp.TotalPeople != 1 || resp.Connections[0].ResourceName != name {
		t.Errorf("List: %v, %+v", err, resp)
	}
	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err != nil {
		t.Errorf("command exit: %v; stderr:\n%s", err, stderr)
	}
	if !strings.Contains(stderr.String(), "shutting down") || !strings.Contains(stderr.String(), "GET /v1/people/me/connections") {
		t.Errorf("stderr:\n%s", stderr)
	}
}
