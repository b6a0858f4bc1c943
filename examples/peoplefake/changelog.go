// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/peopleupdate/peopleupdate/etag"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
)

// syncTokenLifetime is how long a sync token lasts: 7 days after the full
// sync it descends from, as documented.
const syncTokenLifetime = 7 * 24 * time.Hour

// logEntry is one change: the resource (person, contact group or other
// contact) named key changed at seq.
type logEntry struct {
	seq uint64
	at  time.Time
	key string
}

// changeLog is a user's log of changes, in sequence order: what incremental
// syncs read. Only each resource's last change is kept, and changes older
// than a sync token's lifetime are dropped, so the log holds at most one
// entry per resource changed in the last 7 days (plus superseded entries
// awaiting compaction, never more than as many again).
type changeLog struct {
	seq     uint64            // the last sequence number given
	entries []logEntry        // by seq
	latest  map[string]uint64 // key → seq of its last change in entries
	tombs   map[string]string // deleted key → the etag its tombstone shows
	floor   uint64            // entries up to floor were dropped: older tokens are expired
}

// record logs a change of key at time at; tomb is the etag of its tombstone
// when the change deleted it, else "".
func (l *changeLog) record(key string, at time.Time, tomb string) {
	if l.latest == nil {
		l.latest = make(map[string]uint64)
		l.tombs = make(map[string]string)
	}
	l.seq++
	l.entries = append(l.entries, logEntry{l.seq, at, key})
	l.latest[key] = l.seq
	if tomb != "" {
		l.tombs[key] = tomb
	} else {
		delete(l.tombs, key)
	}
	l.compact(at)
}

// compact drops the changes older than a token's lifetime and, when they
// outnumber the live ones, the superseded entries. Its cost is amortised
// over the changes recorded.
func (l *changeLog) compact(now time.Time) {
	cut := now.Add(-syncTokenLifetime)
	n := 0
	for n < len(l.entries) && l.entries[n].at.Before(cut) {
		e := l.entries[n]
		if l.latest[e.key] == e.seq {
			delete(l.latest, e.key)
			delete(l.tombs, e.key)
		}
		l.floor = e.seq
		n++
	}
	if n > 0 {
		l.entries = slices.Delete(l.entries, 0, n)
	}
	if len(l.entries) > 2*len(l.latest)+64 {
		l.entries = slices.DeleteFunc(l.entries, func(e logEntry) bool { return l.latest[e.key] != e.seq })
	}
}

// reset forgets every change so far: no token predates it. Open calls it once
// the seeds are stored.
func (l *changeLog) reset() {
	l.entries, l.latest, l.tombs = nil, nil, nil
	l.floor = l.seq
}

// changes returns up to n keys starting with prefix whose last change is in
// (after, upto], in sequence order, and the sequence number to resume after;
// done reports that no such change is left.
func (l *changeLog) changes(prefix string, after, upto uint64, n int) (keys []string, next uint64, done bool) {
	i := sort.Search(len(l.entries), func(i int) bool { return l.entries[i].seq > after })
	next = after
	for ; i < len(l.entries) && l.entries[i].seq <= upto; i++ {
		e := l.entries[i]
		if len(keys) == n {
			return keys, next, false
		}
		next = e.seq
		if l.latest[e.key] == e.seq && strings.HasPrefix(e.key, prefix) {
			keys = append(keys, e.key)
		}
	}
	return keys, upto, true
}

// startLogs forgets the changes seeding made. Open calls it, before the
// seeds are committed.
func (s *Server) startLogs() {
	for _, u := range s.users {
		u.log.reset()
		u.touch(kindChanges, keyLog)
	}
}

// logRecord logs a change of key in the running transaction (see
// [changeLog.record]); the log is one record of the data directory.
func (u *userStore) logRecord(key string, at time.Time, tomb string) {
	u.log.record(key, at, tomb)
	u.touch(kindChanges, keyLog)
}

// changed logs a person going from old to next (either may be nil, not
// both), and the contact groups whose members that changes. put and remove
// call it, so every write of a person enters the log.
func (u *userStore) changed(old, next *person.Person) {
	at := u.now()
	if u.index != nil && !u.index.frozen {
		name := old.GetResourceName()
		if next != nil {
			name = next.GetResourceName()
		}
		u.index.set(name, next) // searchindex.go
	}
	var was, is []string
	if old != nil {
		was = groupsOf(old)
	}
	if next != nil {
		u.logRecord(next.GetResourceName(), at, "")
		is = groupsOf(next)
	} else {
		u.logRecord(old.GetResourceName(), at, tombEtag(old))
	}
	for _, g := range was {
		if !slices.Contains(is, g) {
			u.logRecord(g, at, "")
		}
	}
	for _, g := range is {
		if !slices.Contains(was, g) {
			u.logRecord(g, at, "")
		}
	}
}

// logGroup logs a change of a contact group; tomb is the etag of its
// tombstone when it was deleted, else "".
func (u *userStore) logGroup(name, tomb string) {
	u.logRecord(name, u.now(), tomb)
}

// tombEtag is the etag a deleted person's tombstone shows: the list etag of
// its last state.
func tombEtag(p *person.Person) string {
	return listEtag(etag.ForPerson(p, mask.AllRead(), mask.DefaultSources()))
}
