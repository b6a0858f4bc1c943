// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package main

import (
	"context"
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

// userContacts are the contacts of one seed file, for one user.
type userContacts struct {
	user, path string
	contacts   []*person.Person
}

// shutdownTimeout bounds how long a shutdown waits for requests in flight.
const shutdownTimeout = 5 * time.Second

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
	idSeed := fs.Uint64("id-seed", 0, "seed of new contacts' ids")
	quiet := fs.Bool("quiet", false, "do not log requests")
	control := controlFlags(fs) // control.go
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}

	opts, err := control()
	if err != nil {
		return err
	}
	opts = append(opts, peoplefake.WithBodyLimit(*bodyLimit), peoplefake.WithIDSeed(*idSeed))
	if *region != "" {
		opts = append(opts, peoplefake.WithDefaultRegion(*region))
	}
	if *auth {
		opts = append(opts, peoplefake.WithAuth())
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
		opts = append(opts, peoplefake.WithUserPeople(user, sd.People...), peoplefake.WithDirectory(sd.Directory...))
		if sd.Profile != nil {
			opts = append(opts, peoplefake.WithUserProfile(user, sd.Profile))
		}
		contacts = append(contacts, userContacts{user, path, sd.Contacts})
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
	fake := peoplefake.New(opts...)
	for _, uc := range contacts {
		for i, p := range uc.contacts {
			if _, err := fake.Create(uc.user, p); err != nil {
				return fmt.Errorf("%s: seed: contacts[%d]: %v", uc.path, i, err)
			}
		}
	}

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	var h http.Handler = fake
	if !*quiet {
		h = logRequests(h, log.New(stderr, "", log.LstdFlags|log.Lmicroseconds))
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, ErrorLog: log.New(stderr, "peoplefake: ", 0)}
	if _, err := fmt.Fprintf(stdout, "listening on http://%s\n", ln.Addr()); err != nil {
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
	fmt.Fprintln(stderr, "peoplefake: shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return err
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// logRequests logs one line per request: method, URL, status, bytes, time.
func logRequests(h http.Handler, l *log.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		h.ServeHTTP(sw, r)
		l.Printf("%s %s %d %dB %s", r.Method, r.URL.RequestURI(), sw.status, sw.n, time.Since(start).Round(time.Microsecond))
	})
}

// statusWriter records the status and size of an answer.
type statusWriter struct {
	http.ResponseWriter
	status int
	n      int
}

func (w *statusWriter) WriteHeader(code int) {
	w.status = code
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	n, err := w.ResponseWriter.Write(b)
	w.n += n
	return n, err
}
