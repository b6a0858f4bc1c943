// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package main

import (
	"context"
	"io"
	"net"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake/fakeclient"
)

// TestCommandShutdownStalledBody builds the command, stalls a request body
// on it and sends SIGTERM: the command closes the stalled connection at its
// -shutdown-timeout and exits with status 0.
func TestCommandShutdownStalledBody(t *testing.T) {
	bin := buildCommand(t)
	// A bound on the whole run, so that a hung command cannot hang the test.
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	pf := startCommand(ctx, t, bin, "-read-timeout", "1h", "-shutdown-timeout", "300ms")
	cmd, stderr := pf.cmd, pf.stderr
	c, err := net.Dial("tcp", strings.TrimPrefix(pf.url, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	_, _ = io.WriteString(c, "POST /v1/people:createContact HTTP/1.1\r\nHost: fake\r\nContent-Length: 100\r\n\r\n{")
	// A request answered after the stalled one was sent.
	svc, err := fakeclient.NewService(ctx, pf.url, "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.People.Connections.List("people/me").PersonFields("names").Do(); err != nil {
		t.Errorf("List: %v", err)
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err != nil {
		t.Errorf("command exit: %v, want status 0; stderr:\n%s", err, stderr)
	}
	_ = c.SetReadDeadline(time.Now().Add(time.Minute))
	if _, err := io.ReadAll(c); err != nil {
		t.Errorf("the stalled connection: %v, want it closed", err)
	}
	if !strings.Contains(stderr.String(), "closed the connections still open after 300ms") {
		t.Errorf("stderr:\n%s", stderr)
	}
}
