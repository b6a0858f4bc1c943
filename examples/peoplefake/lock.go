// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

// write runs fn on user's store (made on first use) under the store's lock
// for writing, as one transaction: the records fn changes (through
// [userStore.put], [userStore.remove], [userStore.touch], ...) are committed
// to the data directory ([WithDataDir]) before the lock is released and
// before write returns, so a request answers only once its change is
// durable. When fn fails, or panics, or the commit fails, the user's store
// is reloaded from the data directory, so that memory keeps nothing the disk
// does not hold; a failed commit is the 500 INTERNAL answer. Without a data
// directory, fn's changes stay as fn left them (every handler undoes its own
// failed work) and write returns fn's error.
//
// Every handler that changes a user's state calls write exactly once, so that
// one request is one transaction.
func (s *Server) write(user string, fn func(u *userStore) error) (err error) {
	u := s.user(user)
	u.mu.Lock()
	defer u.mu.Unlock()
	if s.hookLocked != nil {
		s.hookLocked(user)
	}
	defer func() {
		if v := recover(); v != nil {
			s.finish(u, internalError())
			panic(v)
		}
	}()
	return s.finish(u, fn(u))
}

// read runs fn on user's store under the store's lock for reading; fn gets
// nil for a user the fake has not seen. What fn keeps (stored records, which
// are never changed in place) stays valid after read returns.
func (s *Server) read(user string, fn func(u *userStore)) {
	u := s.existing(user)
	if u == nil {
		fn(nil)
		return
	}
	u.mu.RLock()
	defer u.mu.RUnlock()
	fn(u)
}

// finish ends the transaction of a write whose work returned err: it commits
// u's changed records, or, on failure, drops them (see [Server.write]). The
// caller holds u.mu for writing.
func (s *Server) finish(u *userStore, err error) error {
	if !u.pending() {
		return err
	}
	if s.data == nil || s.bulk {
		if s.data == nil {
			clear(u.dirty)
			u.wiped = false
		}
		return err
	}
	if err == nil {
		cerr := s.data.commit(u, &s.ids)
		if cerr == nil {
			clear(u.dirty)
			u.wiped = false
			return nil
		}
		s.logf("peoplefake: commit of user %q: %v", u.name, cerr)
		err = internalError()
	}
	if rerr := s.data.reload(u); rerr != nil {
		s.logf("peoplefake: reload of user %q: %v", u.name, rerr)
	}
	return err
}
