// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake_test

import (
	"bufio"
	"errors"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
)

// hangGuard bounds every wait on a connection in these tests, so that a
// server that never closes one fails the test instead of hanging it.
const hangGuard = 20 * time.Second

// serveLoopback serves a fake seeded with the sample contact on a loopback
// port with timeouts t and returns the server and its address.
func serveLoopback(t *testing.T, to peoplefake.Timeouts, opts ...peoplefake.Option) (*http.Server, string) {
	t.Helper()
	return serveLoopbackState(t, to, nil, opts...)
}

// serveLoopbackState is serveLoopback with a ConnState hook.
func serveLoopbackState(t *testing.T, to peoplefake.Timeouts, state func(net.Conn, http.ConnState), opts ...peoplefake.Option) (*http.Server, string) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	fake := peoplefake.New(append([]peoplefake.Option{peoplefake.WithPeople(peoplefake.Sample())}, opts...)...)
	srv := peoplefake.HTTPServer("", fake, to, log.New(io.Discard, "", 0))
	srv.ConnState = state
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() { _ = srv.Close() })
	return srv, ln.Addr().String()
}

// readToEOF reads c until the server closes it and returns what it read; it
// fails the test if the server keeps the connection open past hangGuard.
func readToEOF(t *testing.T, c net.Conn) string {
	t.Helper()
	_ = c.SetReadDeadline(time.Now().Add(hangGuard))
	b, err := io.ReadAll(c)
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		t.Fatalf("the server kept the connection open; read so far:\n%s", b)
	}
	return string(b)
}

// dial opens a raw connection to addr.
func dial(t *testing.T, addr string) net.Conn {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

const updateHead = "PATCH /v1/" + sampleName + ":updateContact?updatePersonFields=names HTTP/1.1\r\nHost: fake\r\n"

func TestTimeoutsCutStalledAndSlowBodies(t *testing.T) {
	short := peoplefake.Timeouts{ReadHeader: 200 * time.Millisecond, Read: 300 * time.Millisecond, Write: time.Second, Idle: 300 * time.Millisecond}
	_, addr := serveLoopback(t, short)

	t.Run("stalled body", func(t *testing.T) {
		c := dial(t, addr)
		_, _ = io.WriteString(c, updateHead+"Content-Length: 100\r\n\r\n{\"etag\":")
		if got := readToEOF(t, c); got != "" && !strings.HasPrefix(got, "HTTP/1.1 400") {
			t.Errorf("answer to a stalled body:\n%s", got)
		}
	})
	t.Run("slow body", func(t *testing.T) {
		c := dial(t, addr)
		_, _ = io.WriteString(c, updateHead+"Content-Length: 1000\r\n\r\n")
		closed := make(chan string)
		go func() { closed <- readToEOF(t, c) }()
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case got := <-closed:
				if got != "" && !strings.HasPrefix(got, "HTTP/1.1 400") {
					t.Errorf("answer to a slow body:\n%s", got)
				}
				return
			case <-tick.C:
				_, _ = c.Write([]byte(" ")) // one byte at a time, forever
			}
		}
	})
	t.Run("stalled header", func(t *testing.T) {
		c := dial(t, addr)
		_, _ = io.WriteString(c, "GET /v1/")
		readToEOF(t, c)
	})
	t.Run("idle keep-alive", func(t *testing.T) {
		c := dial(t, addr)
		_, _ = io.WriteString(c, "GET /v1/"+sampleName+"?personFields=names HTTP/1.1\r\nHost: fake\r\n\r\n")
		if got := readToEOF(t, c); !strings.HasPrefix(got, "HTTP/1.1 200") {
			t.Errorf("answer:\n%s", got)
		}
	})
}

// TestSmuggledRequest sends a request framed both by Content-Length and by
// Transfer-Encoding, with a second request hidden after its chunked body: the
// first is answered, the connection closed, the second never answered.
func TestSmuggledRequest(t *testing.T) {
	_, addr := serveLoopback(t, peoplefake.Timeouts{})
	smuggled := "GET /v1/" + sampleName + "?personFields=names HTTP/1.1\r\nHost: fake\r\n\r\n"
	c := dial(t, addr)
	_, _ = io.WriteString(c, "POST /v1/people:batchUpdateContacts HTTP/1.1\r\nHost: fake\r\n"+
		"Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"+smuggled)
	got := readToEOF(t, c)
	if n := strings.Count(got, "HTTP/1.1 "); n != 1 || !strings.Contains(got, "Connection: close") {
		t.Errorf("%d answers on the connection, want 1 with Connection: close:\n%s", n, got)
	}

	// A chunked request alone is served, then its connection closed too.
	c = dial(t, addr)
	_, _ = io.WriteString(c, "POST /v1/people:createContact HTTP/1.1\r\nHost: fake\r\nTransfer-Encoding: chunked\r\n\r\n"+
		"2\r\n{}\r\n0\r\n\r\n"+smuggled)
	resp, err := http.ReadResponse(bufio.NewReader(strings.NewReader(readToEOF(t, c))), nil)
	if err != nil || resp.StatusCode != 200 || !resp.Close {
		t.Errorf("chunked createContact: %v, %+v", err, resp)
	}
}

// TestShutdownCutsStalledBodies shuts down a server while a request body is
// stalled: Shutdown closes the connection at its deadline and reports it,
// without an error.
func TestShutdownCutsStalledBodies(t *testing.T) {
	active := make(chan struct{}, 1)
	srv, addr := serveLoopbackState(t, peoplefake.Timeouts{Read: time.Hour}, func(_ net.Conn, s http.ConnState) {
		if s == http.StateActive {
			select {
			case active <- struct{}{}:
			default:
			}
		}
	})
	c := dial(t, addr)
	_, _ = io.WriteString(c, updateHead+"Content-Length: 100\r\n\r\n{")
	<-active
	forced, err := peoplefake.Shutdown(srv, 100*time.Millisecond)
	if !forced || err != nil {
		t.Errorf("Shutdown = %t, %v; want true, nil", forced, err)
	}
	readToEOF(t, c)

	srv2, _ := serveLoopback(t, peoplefake.Timeouts{})
	if forced, err := peoplefake.Shutdown(srv2, time.Second); forced || err != nil {
		t.Errorf("Shutdown of an idle server = %t, %v; want false, nil", forced, err)
	}
}

// TestHTTPServerTimeouts checks how HTTPServer fills in its timeouts.
func TestHTTPServerTimeouts(t *testing.T) {
	srv := peoplefake.HTTPServer(":0", http.NotFoundHandler(), peoplefake.Timeouts{Read: time.Second, Idle: -1}, log.New(os.Stderr, "", 0))
	d := peoplefake.DefaultTimeouts
	if srv.ReadTimeout != time.Second || srv.IdleTimeout != 0 || srv.ReadHeaderTimeout != d.ReadHeader || srv.WriteTimeout != d.Write ||
		srv.MaxHeaderBytes != peoplefake.MaxHeaderBytes || srv.Addr != ":0" {
		t.Errorf("HTTPServer: %+v", srv)
	}
}
