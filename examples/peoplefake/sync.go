// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"strings"
	"time"

	"github.com/peopleupdate/peopleupdate"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
)

// Incremental sync of people.connections.list, contactGroups.list and
// otherContacts.list, over the user's change log (changelog.go).
//
// A full sync with a sync token requested notes, on its first page, the last
// change so far and the time: its mark, carried in its page tokens. Its sync
// token holds the mark, so the next sync returns every change after the first
// page, changes made while the pages were read included (some resources then
// come twice, none is missed). An incremental sync reads the log after the
// token's mark up to the last change at its first page, a page at a time, and
// its sync token holds that last change and the full sync's time: a token
// expires 7 days after the full sync it descends from.

// syncMark is where a sync starts: after change seq, of a full sync made at
// full (Unix nanoseconds).
type syncMark struct {
	seq  uint64
	full int64
}

// markNow returns the mark of a full sync starting now for user.
func (s *Server) markNow(user string) syncMark {
	m := syncMark{full: s.now().UnixNano()}
	s.read(user, func(u *userStore) {
		if u != nil {
			m.seq = u.log.seq
		}
	})
	return m
}

// encodeSync returns an opaque token of a mark (and, for the pages of an
// incremental sync, the change to resume after and the last one it reads),
// bound to the parameters fingerprinted by fp.
func encodeSync(fp uint64, m syncMark, more ...uint64) string {
	b := binary.BigEndian.AppendUint64(nil, fp)
	b = binary.AppendUvarint(b, m.seq)
	b = binary.AppendVarint(b, m.full)
	for _, v := range more {
		b = binary.AppendUvarint(b, v)
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

// decodeSync decodes a token of encodeSync holding n more values. ok is false
// for a token that is not one; bound is false for one made for other
// parameters.
func decodeSync(tok string, fp uint64, n int) (m syncMark, more []uint64, ok, bound bool) {
	b, err := base64.RawURLEncoding.DecodeString(tok)
	if err != nil || len(b) < 9 {
		return m, nil, false, false
	}
	bound = binary.BigEndian.Uint64(b) == fp
	b = b[8:]
	var k int
	if m.seq, k = binary.Uvarint(b); k <= 0 {
		return m, nil, false, false
	}
	b = b[k:]
	if m.full, k = binary.Varint(b); k <= 0 {
		return m, nil, false, false
	}
	b = b[k:]
	for range n {
		v, k := binary.Uvarint(b)
		if k <= 0 {
			return m, nil, false, false
		}
		more, b = append(more, v), b[k:]
	}
	return m, more, len(b) == 0, bound
}

// wrapPage returns the page token of a full sync: the list's own token, then
// the sync's mark.
func wrapPage(tok string, m syncMark) string { return tok + "." + encodeSync(0, m) }

// unwrapPage splits the page token of a full sync that asked for a sync
// token (or, when tok is "", starts one): the list's own token and the mark.
func (s *Server) unwrapPage(user, tok string) (string, syncMark) {
	if tok == "" {
		return "", s.markNow(user)
	}
	page, mark, found := strings.Cut(tok, ".")
	m, _, ok, _ := decodeSync(mark, 0, 0)
	if !found || !ok {
		return tok + "!", syncMark{} // not a token of ours: the list rejects it
	}
	return page, m
}

// syncToken returns the sync token of mark m for parameters fp.
func syncToken(fp uint64, m syncMark) string { return encodeSync(fp, m) }

// checkSync returns the sync token's mark for parameters fp, the expired
// token error, or the error of a token made for other parameters. A token
// that is not one of the fake's is expired too: the client's answer to both
// is a full sync. u is the user's store, or nil; the caller holds u.mu.
func (s *Server) checkSync(u *userStore, tok string, fp uint64) (syncMark, error) {
	m, _, ok, bound := decodeSync(tok, fp, 0)
	if !ok {
		return m, expiredSyncToken()
	}
	if !bound {
		return m, invalidArgument("Request contains an invalid argument.").
			WithField("sync_token", "The sync token is not valid for this request; all parameters must match the call that returned it.")
	}
	l := logOf(u)
	if s.now().Sub(time.Unix(0, m.full)) > syncTokenLifetime || m.seq < l.floor || m.seq > l.seq {
		return m, expiredSyncToken()
	}
	return m, nil
}

// syncPage is one page of an incremental sync: the keys changed, and the
// tokens of the next page or of the next sync.
type syncPage struct {
	keys      []string
	nextPage  string
	nextSync  string
	tombstone map[string]string
}

// readChanges reads one page of an incremental sync of the resources whose
// keys start with prefix: tok is the sync token (parameters fp), pageTok the
// page token of an earlier page of the same sync ("" on the first). The
// caller holds u.mu (u is the user's store, or nil) and renders the keys.
func (s *Server) readChanges(u *userStore, prefix, tok, pageTok string, fp uint64, size int) (*syncPage, error) {
	m, err := s.checkSync(u, tok, fp)
	if err != nil {
		return nil, err
	}
	l := logOf(u)
	after, upto := m.seq, l.seq
	pfp := fp ^ uint64(size)*0x9e3779b97f4a7c15
	if pageTok != "" {
		pm, more, ok, bound := decodeSync(pageTok, pfp, 2)
		if !ok || !bound || pm != m {
			return nil, invalidArgument("Request contains an invalid argument.").
				WithField("page_token", "The page token is not valid for this request; all parameters must match the call that returned it.")
		}
		after, upto = more[0], more[1]
	}
	keys, next, done := l.changes(prefix, after, upto, size)
	out := &syncPage{keys: keys, tombstone: l.tombs}
	if done {
		out.nextSync = syncToken(fp, syncMark{seq: upto, full: m.full})
	} else {
		out.nextPage = encodeSync(pfp, m, next, upto)
	}
	return out, nil
}

// logOf returns u's change log, or an empty one for a nil u.
func logOf(u *userStore) *changeLog {
	if u == nil {
		return &changeLog{}
	}
	return &u.log
}

// connectionsSyncFP fingerprints the parameters a connections.list sync
// token is bound to: the read mask, the sources and the sort order.
func connectionsSyncFP(read mask.Read, src mask.Sources, order string) uint64 {
	return fingerprint("connections.sync\x00"+read.String(), src.Values(), order, 0, true)
}

// tombstone returns the JSON of a deleted resource in a sync answer: its
// resource name, etag and metadata.deleted.
func tombstone(name, etag string) json.RawMessage {
	b, err := person.Marshal(&person.Person{ResourceName: name, Etag: etag, Metadata: &person.PersonMetadata{Deleted: true}})
	if err != nil {
		panic(err) // a valid person
	}
	return b
}

// syncConnections serves people.connections.list with a syncToken: the
// contacts changed since, deleted ones as tombstones, a page at a time.
func (s *Server) syncConnections(c *call, read mask.Read, src mask.Sources, order string, size int) ([]byte, error) {
	var out listConnectionsResponse
	var err error
	s.read(c.user, func(u *userStore) {
		var pg *syncPage
		if pg, err = s.readChanges(u, "people/", c.first("syncToken"), c.first("pageToken"), connectionsSyncFP(read, src, order), size); err != nil {
			return
		}
		out = listConnectionsResponse{NextPageToken: pg.nextPage, NextSyncToken: pg.nextSync}
		for _, name := range pg.keys {
			p := u.get(name)
			switch {
			case p != nil && p.ContactSource() != nil:
				var r *person.Person
				if r, err = peopleupdate.ReadParsed(p, read, src); err != nil {
					return
				}
				r.Etag = listEtag(r.Etag)
				var b []byte
				if b, err = person.Marshal(r); err != nil {
					return
				}
				out.Connections = append(out.Connections, b)
			case p == nil && pg.tombstone[name] != "":
				out.Connections = append(out.Connections, tombstone(name, pg.tombstone[name]))
			}
		}
	})
	if err != nil {
		return nil, err
	}
	out.TotalPeople, out.TotalItems = len(out.Connections), len(out.Connections)
	return mustJSON(out), nil
}

// syncGroups serves contactGroups.list with a syncToken: the groups changed
// since, deleted ones as tombstones.
func (s *Server) syncGroups(c *call, fields groupFieldSet, size int) ([]byte, error) {
	var out listGroupsResponse
	var err error
	s.read(c.user, func(u *userStore) {
		var pg *syncPage
		if pg, err = s.readChanges(u, groupPrefix, c.first("syncToken"), c.first("pageToken"), groupsSyncFP(c), size); err != nil {
			return
		}
		g := groupsOrNew(u)
		out = listGroupsResponse{NextPageToken: pg.nextPage, NextSyncToken: pg.nextSync}
		for _, name := range pg.keys {
			if cg := g.groups[name]; cg != nil {
				out.ContactGroups = append(out.ContactGroups, g.render(cg, fields, 0))
			} else if t := pg.tombstone[name]; t != "" {
				out.ContactGroups = append(out.ContactGroups, groupJSON{ResourceName: name, Etag: t, Metadata: &groupMetadata{Deleted: true}})
			}
		}
	})
	if err != nil {
		return nil, err
	}
	out.TotalItems = len(out.ContactGroups)
	return mustJSON(out), nil
}

// groupsSyncFP fingerprints the parameters a contactGroups.list sync token
// is bound to: groupFields.
func groupsSyncFP(c *call) uint64 {
	return fingerprint("contactGroups.sync\x00"+c.mask("groupFields"), nil, "", 0, true)
}
