// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// DefaultLogBuffer is the number of lines a [RequestLog] holds for its writer
// when [NewRequestLog] is given 0.
const DefaultLogBuffer = 1024

// A RequestLog writes log lines to a sink from a background goroutine, so
// that a slow or blocked sink (a pipe nobody reads) never slows or stops the
// serving of requests: the lines wait in a bounded buffer, and when it is
// full they are dropped and counted. Once the sink takes lines again, and at
// [RequestLog.Close], the log says how many it dropped. A RequestLog is an
// [io.Writer] (for an [http.Server]'s ErrorLog, say) and, through
// [RequestLog.Handler], logs one line per request. It never writes
// credentials: access_token, oauth_token and key values are redacted from
// logged URLs, and no header is logged.
type RequestLog struct {
	sink    io.Writer
	lines   chan []byte
	dropped atomic.Uint64
	done    chan struct{}
	once    sync.Once
	mu      sync.RWMutex // held for writing by Close, so no line goes to a closed channel
	closed  bool
}

// NewRequestLog returns a log writing to sink with room for buffer lines (0:
// [DefaultLogBuffer]). Close it to flush it.
func NewRequestLog(sink io.Writer, buffer int) *RequestLog {
	if buffer <= 0 {
		buffer = DefaultLogBuffer
	}
	l := &RequestLog{sink: sink, lines: make(chan []byte, buffer), done: make(chan struct{})}
	go l.run()
	return l
}

// run writes the lines until the log is closed, reporting drops as soon as the
// sink catches up.
func (l *RequestLog) run() {
	defer close(l.done)
	for b := range l.lines {
		l.reportDropped()
		_, _ = l.sink.Write(b)
	}
	l.reportDropped()
}

// reportDropped writes how many lines were dropped since the last report.
func (l *RequestLog) reportDropped() {
	if n := l.dropped.Swap(0); n > 0 {
		fmt.Fprintf(l.sink, "peoplefake: log: dropped %d lines (the log output was too slow)\n", n)
	}
}

// Write queues a copy of p, a line, for the sink; if the buffer is full, the
// line is dropped and counted. It never blocks and never fails.
func (l *RequestLog) Write(p []byte) (int, error) {
	l.mu.RLock()
	defer l.mu.RUnlock()
	if l.closed {
		l.dropped.Add(1)
		return len(p), nil
	}
	b := append([]byte(nil), p...)
	if len(b) == 0 || b[len(b)-1] != '\n' {
		b = append(b, '\n')
	}
	select {
	case l.lines <- b:
	default:
		l.dropped.Add(1)
	}
	return len(p), nil
}

// Printf queues a line formatted as fmt.Sprintf does.
func (l *RequestLog) Printf(format string, args ...any) {
	_, _ = l.Write(fmt.Appendf(nil, format, args...))
}

// Close stops taking lines and waits up to timeout for the sink to take the
// lines in the buffer and the count of dropped ones. It reports whether the
// sink took them all in time; a sink that stays blocked is given up on.
func (l *RequestLog) Close(timeout time.Duration) bool {
	l.once.Do(func() {
		l.mu.Lock()
		l.closed = true
		close(l.lines)
		l.mu.Unlock()
	})
	t := time.NewTimer(timeout)
	defer t.Stop()
	select {
	case <-l.done:
		return true
	case <-t.C:
		return false
	}
}

// Handler returns h logging one line per request to l: the time it came in,
// the method, the URL with credentials redacted, the status, the size of the
// answer and the time taken.
func (l *RequestLog) Handler(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		h.ServeHTTP(sw, r)
		l.Printf("%s %s %s %d %dB %s", start.Format("2006/01/02 15:04:05.000000"),
			r.Method, RedactURI(r.URL), sw.status, sw.n, time.Since(start).Round(time.Microsecond))
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

// Unwrap returns the writer underneath, for http.ResponseController.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// secretParams are the query parameters whose values are credentials.
var secretParams = []string{"access_token", "oauth_token", "key"}

// RedactURI returns u's path and query as a request line has them, each value
// of a credential parameter (access_token, oauth_token, key, under any
// spelling of its name) replaced by REDACTED; the rest is left as it was
// sent.
func RedactURI(u *url.URL) string {
	uri := u.RequestURI()
	path, query, ok := strings.Cut(uri, "?")
	if !ok {
		return uri
	}
	parts := strings.Split(query, "&")
	for i, p := range parts {
		k, _, _ := strings.Cut(p, "=")
		name, err := url.QueryUnescape(k)
		if err != nil {
			name = k
		}
		for _, s := range secretParams {
			if strings.EqualFold(strings.TrimSpace(name), s) {
				parts[i] = k + "=REDACTED"
			}
		}
	}
	return path + "?" + strings.Join(parts, "&")
}
