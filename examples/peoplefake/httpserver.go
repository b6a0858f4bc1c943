// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"context"
	"errors"
	"log"
	"net/http"
	"time"
)

// Timeouts bound how long one connection may hold an [http.Server] that serves
// the fake, so that no client can pin it: a stalled or slow request body, a
// client that does not read its answer, an idle keep-alive connection. A zero
// field takes the value of [DefaultTimeouts]; a negative one means no limit.
type Timeouts struct {
	// ReadHeader bounds reading a request's header.
	ReadHeader time.Duration
	// Read bounds reading a whole request, header and body: a body that stalls
	// or trickles is cut at this deadline and its connection closed.
	Read time.Duration
	// Write bounds writing an answer, from the end of reading its request.
	Write time.Duration
	// Idle bounds how long a keep-alive connection waits for its next request.
	Idle time.Duration
}

// DefaultTimeouts are the timeouts of the peoplefake command and of
// [HTTPServer] for the fields a caller leaves zero.
var DefaultTimeouts = Timeouts{
	ReadHeader: 10 * time.Second,
	Read:       30 * time.Second,
	Write:      60 * time.Second,
	Idle:       60 * time.Second,
}

// MaxHeaderBytes is the largest request header [HTTPServer] reads; a larger
// one is answered by Go's server with 431, without Google's error envelope.
const MaxHeaderBytes = 1 << 20

// HTTPServer returns an [http.Server] serving h at addr with the timeouts t
// (zero fields from [DefaultTimeouts]) and errors logged to errorLog (nil:
// the log package's standard logger). Go users who serve the fake themselves
// get the same protection as the command: serve it with ListenAndServe or
// Serve and stop it with [Shutdown].
func HTTPServer(addr string, h http.Handler, t Timeouts, errorLog *log.Logger) *http.Server {
	pick := func(v, def time.Duration) time.Duration {
		switch {
		case v == 0:
			return def
		case v < 0:
			return 0
		}
		return v
	}
	return &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: pick(t.ReadHeader, DefaultTimeouts.ReadHeader),
		ReadTimeout:       pick(t.Read, DefaultTimeouts.Read),
		WriteTimeout:      pick(t.Write, DefaultTimeouts.Write),
		IdleTimeout:       pick(t.Idle, DefaultTimeouts.Idle),
		MaxHeaderBytes:    MaxHeaderBytes,
		ErrorLog:          errorLog,
	}
}

// Shutdown stops srv gracefully: it stops accepting connections and waits up
// to timeout for the requests in flight to finish, then closes every
// connection still open (a stalled body, a slow client). It reports whether
// it had to cut connections that way; the error is only that of closing the
// listeners, never the deadline's.
func Shutdown(srv *http.Server, timeout time.Duration) (forced bool, err error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	err = srv.Shutdown(ctx)
	if errors.Is(err, context.DeadlineExceeded) {
		return true, srv.Close()
	}
	return false, err
}
