// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"sync/atomic"
	"time"
)

// clockState is the fake's clock: a base clock and an offset added to it.
type clockState struct {
	base   func() time.Time
	offset time.Duration
}

// now returns the fake's time: the base clock plus the offset AdvanceClock
// added. Every method reads the time here.
func (s *Server) now() time.Time {
	c := s.clock.Load()
	t := c.base().Add(c.offset)
	n := t.UnixNano()
	for {
		last := s.last.Load()
		if n <= last || s.last.CompareAndSwap(last, n) {
			return t
		}
	}
}

// lastNow returns the latest time the fake's clock has told, without reading
// it: when a change enters the change log. (A clock read only for the log
// would move a test's stepping clock.)
func (s *Server) lastNow() time.Time { return time.Unix(0, s.last.Load()) }

// SetClock makes the fake read the time from now from here on, as [WithClock]
// does at [New] (nil means [time.Now]), and drops any offset [Server.AdvanceClock]
// added. It is safe to call while requests are served.
func (s *Server) SetClock(now func() time.Time) {
	if now == nil {
		now = time.Now
	}
	s.clock.Store(&clockState{base: now})
}

// AdvanceClock moves the fake's clock d ahead (or back, for a negative d) of
// the clock it reads, for tests of what time changes: sync tokens expire 7
// days after their full sync. It is safe to call while requests are served.
func (s *Server) AdvanceClock(d time.Duration) {
	for {
		old := s.clock.Load()
		next := &clockState{base: old.base, offset: old.offset + d}
		if s.clock.CompareAndSwap(old, next) {
			return
		}
	}
}

// clockHolder is the swappable clock a Server holds.
type clockHolder = atomic.Pointer[clockState]
