// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package main

import (
	"context"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
	"github.com/peopleupdate/peopleupdate/person"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(2)
		}
		fmt.Fprintln(os.Stderr, "peoplefake:", err)
		os.Exit(1)
	}
}

// listFlag is a repeatable string flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

// userContacts are the contacts (and contact groups) of one seed file, for
// one user.
type userContacts struct {
	user, path string
	contacts   []*person.Person
	groups     []peoplefake.SeedGroup
}

// run parses args, serves until ctx is done, then shuts down. It writes the
// listening line to stdout and logs to stderr.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("peoplefake", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "`host:port` to listen on (port 0 picks a free one)")
	var seeds, tokens listFlag
	fs.Var(&seeds, "seed", "seed `[USER=]FILE` ({\"people\": [...], \"contacts\": [...]}) into USER's contacts (default user: "+peoplefake.DefaultUser+"); repeatable")
	auth := fs.Bool("auth", false, "require a bearer token (implied by -token)")
	fs.Var(&tokens, "token", "accept bearer `TOKEN=USER[:readonly]`; repeatable")
	region := fs.String("region", "", "default `region` of phone numbers (default US)")
	bodyLimit := fs.Int64("body-limit", peoplefake.DefaultBodyLimit, "largest request body in `bytes`")
	idSeed := fs.Uint64("id-seed", 0, "seed of new contacts' ids (default: a random one; printed at start)")
	dataDir := fs.String("data", "", "keep the state in `DIR` (made if need be): every acknowledged write is on disk, and a restart resumes it; seeds apply only to a new DIR")
	quiet := fs.Bool("quiet", false, "do not log requests (server errors are still logged)")
	logDest := fs.String("log", "stderr", "where the log goes: `stderr`, stdout, off, or a file path (appended to)")
	logBuffer := fs.Int("log-buffer", peoplefake.DefaultLogBuffer, "log `lines` held for a slow log output before lines are dropped (and counted)")
	dt := peoplefake.DefaultTimeouts
	readHeaderTimeout := fs.Duration("read-header-timeout", dt.ReadHeader, "longest time to read a request's header")
	readTimeout := fs.Duration("read-timeout", dt.Read, "longest time to read a whole request, body included (a stalled body is cut then)")
	writeTimeout := fs.Duration("write-timeout", dt.Write, "longest time to write an answer")
	idleTimeout := fs.Duration("idle-timeout", dt.Idle, "longest time a keep-alive connection waits for its next request")
	shutdownTimeout := fs.Duration("shutdown-timeout", 5*time.Second, "longest time a shutdown waits for requests in flight before it closes their connections")
	noCORS := fs.Bool("no-cors", false, "do not answer CORS (browser cross-origin requests and preflights)")
	control := controlFlags(fs) // control.go
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}

	seedSet := false
	fs.Visit(func(f *flag.Flag) { seedSet = seedSet || f.Name == "id-seed" })
	if !seedSet {
		// A random seed, so that ids of one run are not another's.
		var b [8]byte
		_, _ = rand.Read(b[:])
		*idSeed = binary.BigEndian.Uint64(b[:])
	}
	opts, err := control() // control.go
	if err != nil {
		return err
	}
	opts = append(opts, peoplefake.WithBodyLimit(*bodyLimit), peoplefake.WithIDSeed(*idSeed))
	if *dataDir != "" {
		opts = append(opts, peoplefake.WithDataDir(*dataDir))
	}
	if *region != "" {
		opts = append(opts, peoplefake.WithDefaultRegion(*region))
	}
	if *auth {
		opts = append(opts, peoplefake.WithAuth())
	}
	if *noCORS {
		opts = append(opts, peoplefake.WithoutCORS())
	}
	var logOut io.Writer
	switch *logDest {
	case "stderr":
		logOut = stderr
	case "stdout":
		logOut = stdout
	case "off", "":
		logOut = io.Discard
		*quiet = true
	default:
		f, err := os.OpenFile(*logDest, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
		if err != nil {
			return fmt.Errorf("-log: %v", err)
		}
		defer f.Close()
		logOut = f
	}
	users := []string{peoplefake.DefaultUser}
	for _, t := range tokens {
		token, user, ok := strings.Cut(t, "=")
		user, mode, _ := strings.Cut(user, ":")
		if !ok || token == "" || user == "" || (mode != "" && mode != "readonly") {
			return fmt.Errorf("-token %q: want TOKEN=USER or TOKEN=USER:readonly", t)
		}
		if mode == "readonly" {
			opts = append(opts, peoplefake.WithReadOnlyToken(token, user))
		} else {
			opts = append(opts, peoplefake.WithToken(token, user))
		}
		users = append(users, user)
	}
	var contacts []userContacts
	for _, s := range seeds {
		user, path := peoplefake.DefaultUser, s
		if u, p, ok := strings.Cut(s, "="); ok {
			user, path = u, p
		}
		sd, err := peoplefake.LoadSeed(path)
		if err != nil {
			return err
		}
		opts = append(opts, peoplefake.WithUserPeople(user, sd.People...), peoplefake.WithDirectory(sd.Directory...),
			peoplefake.WithUserOtherContacts(user, sd.OtherContacts...))
		if sd.Profile != nil {
			opts = append(opts, peoplefake.WithUserProfile(user, sd.Profile))
		}
		contacts = append(contacts, userContacts{user, path, sd.Contacts, sd.Groups})
	}
	if len(seeds) == 0 {
		seen := map[string]bool{}
		for _, u := range users {
			if !seen[u] {
				seen[u] = true
				opts = append(opts, peoplefake.WithUserPeople(u, peoplefake.Sample()))
			}
		}
	}
	fake, err := peoplefake.Open(opts...)
	if err != nil {
		return err
	}
	defer fake.Close()
	for _, uc := range contacts {
		if fake.Resumed() { // the data directory's state, not the seeds
			break
		}
		for i, p := range uc.contacts {
			if _, err := fake.Create(uc.user, p); err != nil {
				return fmt.Errorf("%s: seed: contacts[%d]: %v", uc.path, i, err)
			}
		}
		if err := fake.Load(uc.user, &peoplefake.Seed{Groups: uc.groups}); err != nil {
			return fmt.Errorf("%s: %v", uc.path, err)
		}
	}

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	// The log never blocks serving (peoplefake.RequestLog); server errors go
	// to it too, or to stderr through one of their own when the log is off.
	logs := peoplefake.NewRequestLog(logOut, *logBuffer)
	defer logs.Close(time.Second)
	errLog := logs
	if logOut == io.Discard {
		errLog = peoplefake.NewRequestLog(stderr, *logBuffer)
		defer errLog.Close(time.Second)
	}
	var h http.Handler = fake
	if !*quiet {
		h = logs.Handler(h)
	}
	srv := peoplefake.HTTPServer("", h, peoplefake.Timeouts{
		ReadHeader: orNone(*readHeaderTimeout), Read: orNone(*readTimeout),
		Write: orNone(*writeTimeout), Idle: orNone(*idleTimeout),
	}, log.New(errLog, "peoplefake: ", 0))
	if _, err := fmt.Fprintf(stdout, "listening on http://%s\nid seed %d\n", ln.Addr(), fake.IDSeed()); err != nil {
		ln.Close()
		return err
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	errLog.Printf("peoplefake: shutting down")
	forced, err := peoplefake.Shutdown(srv, *shutdownTimeout)
	if forced {
		errLog.Printf("peoplefake: closed the connections still open after %v", *shutdownTimeout)
	}
	if err != nil {
		return err
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// orNone maps a flag's 0 (no limit) to the negative value that means no
// limit to peoplefake.HTTPServer.
func orNone(d time.Duration) time.Duration {
	if d == 0 {
		return -1
	}
	return d
}
