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
// and moved only by Advance. Every method reads it through s.opts.Clock.
type clock struct {
	mu     sync.Mutex
	base   func() time.Time
	fixed  bool
	at     time.Time     // when fixed
	offset time.Duration // added to base when not fixed
}

// now returns the current time of the clock.
func (c *clock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.fixed {
		return c.at
	}
	return c.base().Add(c.offset)
}

// installClock makes the fake read the time from a swappable clock over base.
// New calls it.
func (s *Server) installClock(base func() time.Time) {
	s.clock = &clock{base: base}
	s.opts.Clock = s.clock.now
}

// Now returns the fake's current time, as its methods read it (updateTime of
// new and changed contacts, the age of sync tokens).
func (s *Server) Now() time.Time { return s.clock.now() }

// SetNow stops the fake's clock at t: from now on it reads t, moved only by
// [Server.Advance].
func (s *Server) SetNow(t time.Time) {
	s.clock.mu.Lock()
	defer s.clock.mu.Unlock()
	s.clock.fixed, s.clock.at = true, t
}

// Advance moves the fake's clock forward by d (back, if d is negative), so that
// tests can age sync tokens without waiting.
func (s *Server) Advance(d time.Duration) {
	s.clock.mu.Lock()
	defer s.clock.mu.Unlock()
	if s.clock.fixed {
		s.clock.at = s.clock.at.Add(d)
		return
	}
	s.clock.offset += d
}
