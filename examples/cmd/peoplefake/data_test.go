// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"google.golang.org/api/googleapi"
	people "google.golang.org/api/people/v1"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
	"github.com/peopleupdate/peopleupdate/examples/peoplefake/fakeclient"
)

// buildCommand builds the command into a temporary directory.
func buildCommand(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the command")
	}
	gotool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool:", err)
	}
	bin := filepath.Join(t.TempDir(), "peoplefake")
	if out, err := exec.Command(gotool, "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// idSeedLine is the second line the command prints.
var idSeedLine = regexp.MustCompile(`^id seed ([0-9]+)\n$`)

// command is a running command.
type command struct {
	cmd    *exec.Cmd
	url    string
	seed   uint64
	stderr *syncBuffer
}

// startCommand starts the built command with args (on a free loopback port)
// and reads its first two lines: the listening address and the id seed.
func startCommand(ctx context.Context, t *testing.T, bin string, args ...string) *command {
	t.Helper()
	cmd := exec.CommandContext(ctx, bin, append([]string{"-addr", "127.0.0.1:0"}, args...)...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	c := &command{cmd: cmd, stderr: &syncBuffer{}}
	cmd.Stderr = c.stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	r := bufio.NewReader(stdout)
	line, err := r.ReadString('\n')
	m := listening.FindStringSubmatch(line)
	seedLine, _ := r.ReadString('\n')
	s := idSeedLine.FindStringSubmatch(seedLine)
	if m == nil || s == nil {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		t.Fatalf("first lines %q %q (%v); stderr:\n%s", line, seedLine, err, c.stderr)
	}
	c.url = m[1]
	c.seed, _ = strconv.ParseUint(s[1], 10, 64)
	return c
}

// stop stops the command with SIGTERM and checks it exits with status 0.
func (c *command) stop(t *testing.T) {
	t.Helper()
	if err := c.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := c.cmd.Wait(); err != nil {
		t.Errorf("command exit: %v; stderr:\n%s", err, c.stderr)
	}
}

// service returns a client of the command.
func (c *command) service(ctx context.Context, t *testing.T) *people.Service {
	t.Helper()
	svc, err := fakeclient.NewService(ctx, c.url, "")
	if err != nil {
		t.Fatal(err)
	}
	return svc
}

// isStale reports whether err is the FAILED_PRECONDITION answer of a stale
// etag.
func isStale(err error) bool {
	var gerr *googleapi.Error
	return errors.As(err, &gerr) && gerr.Code == http.StatusBadRequest && strings.Contains(gerr.Body, `"FAILED_PRECONDITION"`)
}

// acked is what the writers of TestCommandKillKeepsAcknowledged know of one
// contact: the last name the fake acknowledged, and the name of a write in
// flight when the fake was killed, if any.
type acked struct {
	name, inFlight string
	etag           string // of the acknowledged state
	batch          string // the tag of the batch that made it, if one did
}

// TestCommandKillKeepsAcknowledged runs writers against the command with
// -data, kills it with SIGKILL while they write, and restarts it on the same
// directory: every write acknowledged before the kill is there, no batch is
// half there, an etag acknowledged before the kill still updates, and new
// contacts take no id used before.
func TestCommandKillKeepsAcknowledged(t *testing.T) {
	bin := buildCommand(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	dir := t.TempDir()
	c := startCommand(ctx, t, bin, "-quiet", "-data", dir)
	const (
		writers = 6
		killAt  = 150 // acknowledged writes before the kill
	)
	var (
		mu      sync.Mutex
		state   = map[string]*acked{} // by resource name
		batches = map[string]bool{}   // tags of the batches made: acknowledged or in flight
		count   int
		reached = make(chan struct{})
	)
	ack := func() {
		count++
		if count == killAt {
			close(reached)
		}
	}
	var wg sync.WaitGroup
	for w := range writers {
		svc := c.service(ctx, t)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ; i++ {
				if w == 0 { // a batch of three, all or none
					tag := fmt.Sprintf("batch%d", i)
					mu.Lock()
					batches[tag] = true
					mu.Unlock()
					req := &people.BatchCreateContactsRequest{ReadMask: "names"}
					for j := range 3 {
						req.Contacts = append(req.Contacts, &people.ContactToCreate{ContactPerson: &people.Person{
							Names: []*people.Name{{GivenName: tag, FamilyName: strconv.Itoa(j)}}}})
					}
					resp, err := svc.People.BatchCreateContacts(req).Do()
					if err != nil {
						return
					}
					mu.Lock()
					for _, pr := range resp.CreatedPeople {
						state[pr.Person.ResourceName] = &acked{name: tag, etag: pr.Person.Etag, batch: tag}
					}
					ack()
					mu.Unlock()
					continue
				}
				name := fmt.Sprintf("w%d-%d", w, i)
				p, err := svc.People.CreateContact(&people.Person{Names: []*people.Name{{GivenName: name}}}).PersonFields("names").Do()
				if err != nil {
					return
				}
				mu.Lock()
				a := &acked{name: name, etag: p.Etag}
				state[p.ResourceName] = a
				ack()
				a.inFlight = name + "'"
				mu.Unlock()
				p.Names = []*people.Name{{GivenName: name + "'"}}
				up, err := svc.People.UpdateContact(p.ResourceName, p).UpdatePersonFields("names").PersonFields("names").Do()
				if err != nil {
					return
				}
				mu.Lock()
				a.name, a.inFlight, a.etag = name+"'", "", up.Etag
				ack()
				mu.Unlock()
			}
		}()
	}
	<-reached
	if err := c.cmd.Process.Kill(); err != nil { // SIGKILL, writers still writing
		t.Fatal(err)
	}
	_ = c.cmd.Wait()
	wg.Wait()

	c2 := startCommand(ctx, t, bin, "-quiet", "-data", dir)
	defer c2.stop(t)
	if c2.seed != c.seed {
		t.Errorf("id seed after the restart %d, want %d", c2.seed, c.seed)
	}
	svc := c2.service(ctx, t)
	list, err := svc.People.Connections.List("people/me").PersonFields("names").PageSize(1000).Do()
	if err != nil {
		t.Fatalf("list: %v", err)
	}
	got := map[string]string{}
	inBatch := map[string]int{}
	for _, p := range list.Connections {
		if len(p.Names) == 1 {
			got[p.ResourceName] = p.Names[0].GivenName
			if strings.HasPrefix(p.Names[0].GivenName, "batch") {
				inBatch[p.Names[0].GivenName]++
			}
		}
	}
	for tag, n := range inBatch {
		if n != 3 || !batches[tag] {
			t.Errorf("batch %s: %d of its 3 contacts after the restart", tag, n)
		}
	}
	var probe string
	for name, a := range state {
		g, ok := got[name]
		switch {
		case !ok:
			t.Errorf("%s (%q) was acknowledged, and is gone", name, a.name)
		case g != a.name && g != a.inFlight:
			t.Errorf("%s is %q, want %q (acknowledged) or %q (in flight)", name, g, a.name, a.inFlight)
		case a.inFlight == "" && a.batch == "" && probe == "":
			probe = name
		}
	}
	if t.Failed() {
		return
	}
	// An etag acknowledged before the kill still matches.
	p := &people.Person{Etag: state[probe].etag, Names: []*people.Name{{GivenName: "after"}}}
	if _, err := svc.People.UpdateContact(probe, p).UpdatePersonFields("names").Do(); err != nil {
		t.Errorf("update of %s with its etag of before the kill: %v", probe, err)
	}
	for range 20 {
		p, err := svc.People.CreateContact(&people.Person{Names: []*people.Name{{GivenName: "new"}}}).Do()
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := got[p.ResourceName]; ok || state[p.ResourceName] != nil {
			t.Fatalf("a contact made after the restart is %s, an id used before the kill", p.ResourceName)
		}
		got[p.ResourceName] = "new"
	}
}

// TestCommandBadDataFile starts the command on a data file that is not one:
// it exits with status 1 and a message naming the file, which it leaves as
// it was.
func TestCommandBadDataFile(t *testing.T) {
	bin := buildCommand(t)
	dir := t.TempDir()
	path := filepath.Join(dir, peoplefake.DataFile)
	garbage := strings.Repeat("corrupt ", 4096)
	if err := os.WriteFile(path, []byte(garbage), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, bin, "-addr", "127.0.0.1:0", "-data", dir).CombinedOutput()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 1 {
		t.Errorf("exit: %v, want status 1", err)
	}
	if !strings.Contains(string(out), path) || strings.Contains(string(out), "listening") {
		t.Errorf("output %q, want an error naming %s", out, path)
	}
	if b, _ := os.ReadFile(path); string(b) != garbage {
		t.Error("the data file changed")
	}
}

// TestRunIDSeedLine reads the second line of output: the id seed -id-seed
// gives, or, without it, a random one (two runs' seeds differ).
func TestRunIDSeedLine(t *testing.T) {
	seedOf := func(args ...string) string {
		t.Helper()
		ctx, cancel := context.WithCancel(context.Background())
		pr, pw := io.Pipe()
		done := make(chan error, 1)
		go func() {
			err := run(ctx, append([]string{"-addr", "127.0.0.1:0", "-quiet"}, args...), pw, io.Discard)
			pw.CloseWithError(io.EOF)
			done <- err
		}()
		r := bufio.NewReader(pr)
		first, _ := r.ReadString('\n')
		second, _ := r.ReadString('\n')
		go func() { _, _ = io.Copy(io.Discard, pr) }()
		cancel()
		if err := <-done; err != nil {
			t.Errorf("run: %v", err)
		}
		m := idSeedLine.FindStringSubmatch(second)
		if listening.FindStringSubmatch(first) == nil || m == nil {
			t.Fatalf("lines %q %q, want listening on ... then id seed N", first, second)
		}
		return m[1]
	}
	if got := seedOf("-id-seed", "42"); got != "42" {
		t.Errorf("-id-seed 42: id seed %s", got)
	}
	if a, b := seedOf(), seedOf(); a == b {
		t.Errorf("two runs without -id-seed both have id seed %s", a)
	}
}
