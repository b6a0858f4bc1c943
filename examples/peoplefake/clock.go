// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"sync"
	"time"
)

// clock is the fake's swappable clock: the clock of [WithClock] (default
// [time.Now]) moved by [Server.Advance], or a time fixed by [Server.SetNow]
// and moved only by Advance. Every method reads it through s.opts.Clock
// (updateTime, sync tokens' age), and the admin API moves it.
type clock struct {
	mu     sync.Mutex
	base   func() time.Time
	fixed  bool
	at     time.Time     // when fixed
	offset time.Duration // added to base when not fixed
	last   int64         // the latest time told, in Unix nanoseconds
}

// now returns the current time of the clock, and remembers the latest time it
// has told.
func (c *clock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	t := c.at
	if !c.fixed {
		t = c.base().Add(c.offset)
	}
	if n := t.UnixNano(); n > c.last {
		c.last = n
	}
	return t
}

// lastNow returns the latest time the clock has told, without reading it.
func (c *clock) lastNow() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return time.Unix(0, c.last)
}

// installClock makes the fake read the time from a swappable clock over base.
// Open calls it.
func (s *Server) installClock(base func() time.Time) {
	s.clock = &clock{base: base}
	s.opts.Clock = s.clock.now
}

// now returns the fake's time. Every method reads the time here or through
// s.opts.Clock, the same clock.
func (s *Server) now() time.Time { return s.clock.now() }

// lastNow returns the latest time the fake's clock has told, without reading
// it: when a change enters the change log. (A clock read only for the log
// would move a test's stepping clock.)
func (s *Server) lastNow() time.Time { return s.clock.lastNow() }

// Now returns the fake's current time, as its methods read it (updateTime of
// new and changed contacts, the age of sync tokens).
func (s *Server) Now() time.Time { return s.clock.now() }

// SetNow stops the fake's clock at t: from now on it reads t, moved only by
// [Server.Advance]. It is safe to call while requests are served.
func (s *Server) SetNow(t time.Time) {
	s.clock.mu.Lock()
	defer s.clock.mu.Unlock()
	s.clock.fixed, s.clock.at = true, t
}

// Advance moves the fake's clock forward by d (back, if d is negative), so that
// tests can age sync tokens without waiting: they expire 7 days after their
// full sync. It is safe to call while requests are served.
func (s *Server) Advance(d time.Duration) {
	s.clock.mu.Lock()
	defer s.clock.mu.Unlock()
	if s.clock.fixed {
		s.clock.at = s.clock.at.Add(d)
		return
	}
	s.clock.offset += d
}
